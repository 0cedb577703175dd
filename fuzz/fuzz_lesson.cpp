// A lesson file (lessons/Lesson.h) as the window reads it and then says "what just
// happened": parsed, and every finding's condition evaluated and its text filled in
// each of its languages (lessons/LessonNumbers.h). The first byte chooses: a whole
// lesson file, one condition, or one text with {EXPR} parts. Every name the input
// could mean gets a number (some of them 0, for divisions), so evaluation runs as far
// as the grammar lets it instead of stopping at the first unknown name.
#include "FuzzInput.h"
#include "lessons/Lesson.h"
#include "lessons/LessonNumbers.h"

#include <cctype>

namespace {

// Every run of name characters in the input, with a value from its length.
twb::LessonNumbers numbersFor(const std::string& text) {
  twb::LessonNumbers numbers;
  std::string name;
  const auto add = [&] {
    if (!name.empty())
      numbers[name] = static_cast<double>(name.size() % 4) - 1.0; // -1, 0, 1, 2
    name.clear();
  };
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.')
      name += c;
    else
      add();
  }
  add();
  return numbers;
}

void say(const twb::LessonText& text, const twb::LessonNumbers& numbers) {
  for (const auto& [language, words] : text.byLanguage)
    twb::fillLessonText(words, numbers);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1)
    return 0;
  const std::string body = twb::fuzz::text(data + 1, size - 1);
  const twb::LessonNumbers numbers = numbersFor(body);
  switch (data[0] % 3) {
  case 0: {
    twb::Lesson lesson;
    if (!twb::fuzz::expectInputError([&] { lesson = twb::parseLesson(body, "fuzz.json"); }))
      return 0;
    // What parsed was checked: evaluating it must not throw at all.
    for (const twb::LessonFinding& finding : lesson.findings) {
      if (!finding.condition.empty())
        twb::evaluateLessonExpression(finding.condition, numbers);
      say(finding.text, numbers);
    }
    say(lesson.question, numbers);
    break;
  }
  case 1:
    if (twb::fuzz::expectInputError([&] { twb::checkLessonExpression(body, "fuzz.json"); }))
      twb::evaluateLessonExpression(body, numbers);
    break;
  default:
    if (twb::fuzz::expectInputError([&] { twb::checkLessonText(body, "fuzz.json"); }))
      twb::fillLessonText(body, numbers);
    break;
  }
  return 0;
}
