#pragma once
// A sentence for people that core cannot translate (it has no Qt) but the window
// can: the English template with %1, %2, ... and its arguments, each itself a
// message (a name, a number or a nested sentence). `twb` prints english(); the window
// looks the template up in its translation and substitutes the translated arguments,
// so no text is ever parsed back. lupdate finds the templates through TWB_TR, an
// alias of QT_TRANSLATE_NOOP (ui/CMakeLists.txt), always with the context "twb".
#include <string>
#include <utility>
#include <vector>

// Marks a literal as a translatable template for lupdate; evaluates to the literal.
#define TWB_TR(context, text) text

namespace twb {

class Message {
public:
  Message() = default;
  // A name, a path, a number as it is written: shown as it is in every language.
  Message(std::string verbatim) : pattern_(std::move(verbatim)) {} // NOLINT: implicit on purpose
  Message(const char* verbatim) : pattern_(verbatim) {}            // NOLINT

  // A translatable template (TWB_TR("twb", "...")) and its arguments.
  static Message text(const char* pattern, std::vector<Message> args = {});

  bool translatable() const { return translatable_; }
  bool empty() const { return pattern_.empty(); }
  const std::string& pattern() const { return pattern_; }
  const std::vector<Message>& args() const { return args_; }

  // The sentence in English: the template with its arguments put in.
  std::string english() const;

  bool operator==(const Message& other) const {
    return pattern_ == other.pattern_ && translatable_ == other.translatable_ && args_ == other.args_;
  }
  bool operator!=(const Message& other) const { return !(*this == other); }

private:
  std::string pattern_;
  bool translatable_ = false;
  std::vector<Message> args_;
};

// `pattern` with %1 .. %99 replaced by args[0] .. in one pass (an argument's own "%2"
// is never replaced again). A %N without an argument is left as it is. The window
// substitutes its translations with this same function.
std::string substitute(const std::string& pattern, const std::vector<std::string>& args);

// Each item verbatim, joined as joinedList does ("a, b, c").
Message listMessage(const std::vector<std::string>& items);

} // namespace twb
