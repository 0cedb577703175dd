#include "tsne/VectorsTsv.h"

#include "base/AtomicFile.h"
#include "base/Errors.h"

#include <charconv>
#include <cmath>

namespace twb {

namespace {

bool isBlank(const char* begin, const char* end) {
  for (const char* c = begin; c != end; ++c)
    if (*c != ' ' && *c != '\t' && *c != '\r')
      return false;
  return true;
}

std::string shown(const char* begin, const char* end) {
  std::string s(begin, end);
  if (s.size() > 20)
    s = s.substr(0, 17) + "...";
  return s;
}

} // namespace

Vectors parseVectorsTsv(const std::string& text, const std::string& name) {
  Vectors v;
  const char* p = text.data();
  const char* const last = text.data() + text.size();
  std::size_t line = 0;
  while (p < last) {
    ++line;
    const char* eol = p;
    while (eol < last && *eol != '\n')
      ++eol;
    const char* end = eol;
    if (end > p && end[-1] == '\r')
      --end;
    if (!isBlank(p, end)) {
      std::size_t column = 0;
      const char* field = p;
      for (;;) {
        const char* stop = field;
        while (stop < end && *stop != '\t')
          ++stop;
        ++column;
        // from_chars takes neither leading spaces nor a '+'; trim the spaces.
        const char* a = field;
        const char* b = stop;
        while (a < b && *a == ' ')
          ++a;
        while (b > a && b[-1] == ' ')
          --b;
        float value = 0;
        const auto [ptr, ec] = std::from_chars(a, b, value);
        if (a == b || ec != std::errc() || ptr != b || !std::isfinite(value))
          throw InputError(Message::text(TWB_TR("twb", "%1: line %2, column %3: '%4' is not a finite number"),
                                       {name, std::to_string(line), std::to_string(column), shown(a, b)}));
        v.values.push_back(value);
        if (stop == end)
          break;
        field = stop + 1;
      }
      if (v.n == 0)
        v.dim = column;
      else if (column != v.dim)
        throw InputError(Message::text(TWB_TR("twb", "%1: line %2 has %3 values where the first line has %4"),
                                     {name, std::to_string(line), std::to_string(column), std::to_string(v.dim)}));
      ++v.n;
    }
    p = eol + 1;
  }
  if (v.n == 0)
    throw InputError(Message::text(TWB_TR("twb", "%1: no vectors (the file is empty)"), {name}));
  return v;
}

Vectors readVectorsTsv(const std::string& path) {
  return parseVectorsTsv(readFile(path), path);
}

std::string formatTsv(const std::vector<float>& values, std::size_t columns) {
  std::string out;
  out.reserve(values.size() * 12);
  char buffer[32];
  for (std::size_t e = 0; e < values.size(); ++e) {
    const auto [ptr, ec] = std::to_chars(buffer, buffer + sizeof buffer, values[e]);
    (void)ec; // 32 characters always hold a float
    out.append(buffer, ptr);
    out.push_back((e + 1) % columns == 0 ? '\n' : '\t');
  }
  return out;
}

} // namespace twb
