#include "base/Message.h"

#include "base/Text.h"

#include <cctype>

namespace twb {

Message Message::text(const char* pattern, std::vector<Message> args) {
  Message m;
  m.pattern_ = pattern;
  m.translatable_ = true;
  m.args_ = std::move(args);
  return m;
}

std::string Message::english() const {
  if (args_.empty())
    return pattern_;
  std::vector<std::string> words;
  words.reserve(args_.size());
  for (const Message& a : args_)
    words.push_back(a.english());
  return substitute(pattern_, words);
}

std::string substitute(const std::string& pattern, const std::vector<std::string>& args) {
  std::string out;
  out.reserve(pattern.size() + 16 * args.size());
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '%' && i + 1 < pattern.size() && std::isdigit(static_cast<unsigned char>(pattern[i + 1]))) {
      std::size_t j = i + 1;
      std::size_t n = 0;
      while (j < pattern.size() && j < i + 3 && std::isdigit(static_cast<unsigned char>(pattern[j])))
        n = n * 10 + static_cast<std::size_t>(pattern[j++] - '0');
      if (n >= 1 && n <= args.size()) {
        out += args[n - 1];
        i = j - 1;
        continue;
      }
    }
    out += c;
  }
  return out;
}

Message listMessage(const std::vector<std::string>& items) {
  return Message(joinedList(items));
}

} // namespace twb
