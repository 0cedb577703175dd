#pragma once
// The numbers a lesson's sentences are written from: named values read from the runs
// it started ("dann.target_test_acc", "dann.source_only.target_test_acc",
// "layers.frozen2") and small expressions over them ("dann.target_test_acc -
// dann.source_only.target_test_acc > 0.05", "max(a, b)"), so that "what just
// happened" says what these runs did, not what they were expected to do.
#include <map>
#include <optional>
#include <string>

namespace twb {

using LessonNumbers = std::map<std::string, double>;

// Every number of a run directory's summary.json under `prefix` ("dann." + key; an
// object's members as "prefix.key.member"; true and false as 1 and 0).
// Missing or unreadable files give nothing: a lesson's sentence then waits.
// Returns the summary's method ("dann"), empty when there is no summary to read.
std::string addRunNumbers(LessonNumbers& numbers, const std::string& prefix, const std::string& runDir);

// Checks that `expression` parses; throws InputError naming `origin` otherwise.
void checkLessonExpression(const std::string& expression, const std::string& origin);

// The value of `expression`; empty when it names a number not (yet) in `numbers`.
// Comparisons and `and`/`or` give 1 or 0.
std::optional<double> evaluateLessonExpression(const std::string& expression, const LessonNumbers& numbers);

// `text` with each {EXPR}, {EXPR:%}, {EXPR:pts} or {EXPR:N} replaced; empty when one
// of them names a number not in `numbers`.
std::optional<std::string> fillLessonText(const std::string& text, const LessonNumbers& numbers);

// Checks every {EXPR...} in `text` parses; throws InputError naming `origin` otherwise.
void checkLessonText(const std::string& text, const std::string& origin);

} // namespace twb
