#include "lessons/LessonNumbers.h"

#include "base/Errors.h"
#include "base/JsonReader.h"
#include "base/Text.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace twb {
namespace {

void addJsonNumbers(LessonNumbers& numbers, const std::string& prefix, const Json& value) {
  if (value.is_number()) {
    numbers[prefix] = value.get<double>();
  } else if (value.is_boolean()) {
    numbers[prefix] = value.get<bool>() ? 1.0 : 0.0;
  } else if (value.is_object()) {
    for (const auto& [key, member] : value.items())
      addJsonNumbers(numbers, prefix + "." + key, member);
  }
}

// A small recursive-descent reader over one expression. With `numbers` null it only
// checks the grammar; with numbers it evaluates, and a name not there makes it empty.
//   or := and ("or" and)* ; and := cmp ("and" cmp)* ; cmp := sum (("<"|">"|"<="|">=") sum)?
//   sum := product (("+"|"-") product)* ; product := unary (("*"|"/") unary)*
//   unary := "-" unary | "(" or ")" | NUMBER | NAME | FUNC "(" or ("," or)* ")"
class Expression {
public:
  Expression(const std::string& text, const LessonNumbers* numbers) : s_(text), numbers_(numbers) {}

  // Throws std::invalid_argument with what is wrong.
  std::optional<double> parse() {
    auto v = orExpr();
    skip();
    if (i_ != s_.size())
      fail("unexpected '" + s_.substr(i_, 1) + "'");
    return v;
  }

private:
  using Value = std::optional<double>;

  [[noreturn]] void fail(const std::string& what) const {
    throw std::invalid_argument(what + " at character " + std::to_string(i_ + 1));
  }
  void skip() {
    while (i_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[i_])))
      ++i_;
  }
  bool word(const char* w) {
    skip();
    const std::size_t n = std::char_traits<char>::length(w);
    if (s_.compare(i_, n, w) != 0)
      return false;
    const bool alpha = std::isalpha(static_cast<unsigned char>(w[0]));
    if (alpha && i_ + n < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[i_ + n])) || s_[i_ + n] == '_'))
      return false;
    i_ += n;
    return true;
  }
  static Value both(const Value& a, const Value& b, double (*op)(double, double)) {
    return a && b ? Value(op(*a, *b)) : std::nullopt;
  }

  Value orExpr() {
    Value v = andExpr();
    while (word("or"))
      v = both(v, andExpr(), [](double a, double b) { return (a != 0 || b != 0) ? 1.0 : 0.0; });
    return v;
  }
  Value andExpr() {
    Value v = comparison();
    while (word("and"))
      v = both(v, comparison(), [](double a, double b) { return (a != 0 && b != 0) ? 1.0 : 0.0; });
    return v;
  }
  Value comparison() {
    Value v = sum();
    if (word("<="))
      return both(v, sum(), [](double a, double b) { return a <= b ? 1.0 : 0.0; });
    if (word(">="))
      return both(v, sum(), [](double a, double b) { return a >= b ? 1.0 : 0.0; });
    if (word("<"))
      return both(v, sum(), [](double a, double b) { return a < b ? 1.0 : 0.0; });
    if (word(">"))
      return both(v, sum(), [](double a, double b) { return a > b ? 1.0 : 0.0; });
    return v;
  }
  Value sum() {
    Value v = product();
    for (;;) {
      if (word("+"))
        v = both(v, product(), [](double a, double b) { return a + b; });
      else if (word("-"))
        v = both(v, product(), [](double a, double b) { return a - b; });
      else
        return v;
    }
  }
  Value product() {
    Value v = unary();
    for (;;) {
      if (word("*"))
        v = both(v, unary(), [](double a, double b) { return a * b; });
      else if (word("/"))
        v = both(v, unary(), [](double a, double b) { return b == 0 ? NAN : a / b; });
      else
        return v;
    }
  }
  // Each '(', '-' and function call goes a few calls deeper. A lesson's conditions
  // need a handful of levels; a file with thousands ended the program with a stack
  // overflow (fuzz_lesson), so depth is limited like any other grammar rule.
  static constexpr int kMaxDepth = 64;
  Value unary() {
    if (++depth_ > kMaxDepth)
      fail("nested more than " + std::to_string(kMaxDepth) + " levels deep");
    const Value v = operand();
    --depth_;
    return v;
  }
  Value operand() {
    skip();
    if (word("-")) {
      const Value v = unary();
      return v ? Value(-*v) : std::nullopt;
    }
    if (word("(")) {
      const Value v = orExpr();
      if (!word(")"))
        fail("a ')' is missing");
      return v;
    }
    if (i_ < s_.size() && (std::isdigit(static_cast<unsigned char>(s_[i_])) || s_[i_] == '.')) {
      std::size_t used = 0;
      double value = 0;
      try {
        value = std::stod(s_.substr(i_), &used);
      } catch (const std::exception&) {
        fail("a number does not read");
      }
      i_ += used;
      return value;
    }
    const std::size_t start = i_;
    while (i_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[i_])) || s_[i_] == '_' || s_[i_] == '.'))
      ++i_;
    if (start == i_)
      fail(i_ < s_.size() ? "unexpected '" + s_.substr(i_, 1) + "'" : std::string("the expression ends too early"));
    const std::string name = s_.substr(start, i_ - start);
    if (name == "max" || name == "min" || name == "abs") {
      if (!word("("))
        fail("'(' expected after " + name);
      std::vector<Value> args{orExpr()};
      while (word(","))
        args.push_back(orExpr());
      if (!word(")"))
        fail("a ')' is missing");
      if (name == "abs" && args.size() != 1)
        fail("abs takes one value");
      Value v = args.front();
      for (std::size_t k = 1; k < args.size(); ++k)
        v = both(v, args[k], name == "max" ? +[](double a, double b) { return std::max(a, b); }
                                           : +[](double a, double b) { return std::min(a, b); });
      return name == "abs" && v ? Value(std::fabs(*v)) : v;
    }
    if (!numbers_)
      return 0.0;
    const auto found = numbers_->find(name);
    return found == numbers_->end() ? std::nullopt : Value(found->second);
  }

  const std::string& s_;
  const LessonNumbers* numbers_;
  std::size_t i_ = 0;
  int depth_ = 0;
};

// Each {EXPR[:FORMAT]} of `text`, in order; `onPart` gets the expression and the format.
template <typename F>
std::string replaceFields(const std::string& text, F onPart) {
  std::string out;
  std::size_t at = 0;
  for (;;) {
    const auto open = text.find('{', at);
    if (open == std::string::npos)
      break;
    const auto close = text.find('}', open);
    if (close == std::string::npos)
      throw std::invalid_argument("a '{' without its '}'");
    out += text.substr(at, open - at);
    const std::string inside = text.substr(open + 1, close - open - 1);
    const auto colon = inside.rfind(':');
    out += onPart(colon == std::string::npos ? inside : inside.substr(0, colon),
                  colon == std::string::npos ? std::string() : inside.substr(colon + 1));
    at = close + 1;
  }
  return out + text.substr(at);
}

std::string formatted(double value, const std::string& format) {
  if (format == "%")
    return fixed(100.0 * value, 1) + " %";
  if (format == "pts")
    return fixed(100.0 * value, 1);
  if (!format.empty())
    return fixed(value, std::stoi(format));
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3g", value);
  return buffer;
}

void checkFormat(const std::string& format) {
  if (format.empty() || format == "%" || format == "pts")
    return;
  if (format.size() > 1 || !std::isdigit(static_cast<unsigned char>(format[0])))
    throw std::invalid_argument("'" + format + "' is not a format (%, pts or a digit)");
}

} // namespace

std::string addRunNumbers(LessonNumbers& numbers, const std::string& prefix, const std::string& runDir) {
  std::ifstream in(runDir + "/summary.json");
  if (!in)
    return {};
  std::stringstream text;
  text << in.rdbuf();
  const Json summary = Json::parse(text.str(), nullptr, false);
  if (summary.is_discarded() || !summary.is_object())
    return {};
  for (const auto& [key, value] : summary.items())
    addJsonNumbers(numbers, prefix + key, value);
  const auto method = summary.find("method");
  return method != summary.end() && method->is_string() ? method->get<std::string>() : std::string();
}

void checkLessonExpression(const std::string& expression, const std::string& origin) {
  try {
    Expression(expression, nullptr).parse();
  } catch (const std::invalid_argument& e) {
    // Quoted as far as a reader needs to find it: a condition can be pages long.
    std::size_t cut = 80;
    while (cut < expression.size() && (static_cast<unsigned char>(expression[cut]) & 0xC0) == 0x80)
      --cut; // not inside a UTF-8 character
    const std::string quoted = expression.size() > cut ? expression.substr(0, cut) + "..." : expression;
    throw InputError(Message::text(TWB_TR("twb", "%1: the condition '%2' does not read: %3"),
                                   {origin, quoted, e.what()}));
  }
}

std::optional<double> evaluateLessonExpression(const std::string& expression, const LessonNumbers& numbers) {
  try {
    auto v = Expression(expression, &numbers).parse();
    if (v && !std::isfinite(*v))
      return std::nullopt;
    return v;
  } catch (const std::invalid_argument&) {
    return std::nullopt; // checked when the lesson was read
  }
}

std::optional<std::string> fillLessonText(const std::string& text, const LessonNumbers& numbers) {
  bool missing = false;
  try {
    std::string out = replaceFields(text, [&](const std::string& expr, const std::string& format) {
      const auto v = evaluateLessonExpression(expr, numbers);
      if (!v) {
        missing = true;
        return std::string();
      }
      return formatted(*v, format);
    });
    if (missing)
      return std::nullopt;
    return out;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

void checkLessonText(const std::string& text, const std::string& origin) {
  try {
    replaceFields(text, [&](const std::string& expr, const std::string& format) {
      checkFormat(format);
      Expression(expr, nullptr).parse();
      return std::string();
    });
  } catch (const std::invalid_argument& e) {
    throw InputError(Message::text(TWB_TR("twb", "%1: a {number} in the text does not read: %2"), {origin, e.what()}));
  }
}

} // namespace twb
