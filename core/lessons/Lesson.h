#pragma once
// A lesson: one part of the transfer-learning lecture as a file a teacher can read and
// write (resources/lessons/*.json, docs/lessons.md). It says what to explain (with the
// lecture's formula), which prepared experiments to run and how, what to look at
// while they run, what the run's own numbers say afterwards (sentences with
// conditions and numbers filled in from the runs' summary.json, never canned), and a
// question for the class. Every text is given per language ("en", "zh_CN"); English
// stands in for a language a text lacks. Plain C++: the window shows it, core reads it.
#include <map>
#include <string>
#include <vector>

namespace twb {

// One text in several languages: {"en": "...", "zh_CN": "..."}, or a plain string.
struct LessonText {
  std::map<std::string, std::string> byLanguage;
  // The text in `language` ("zh_CN", "zh", "en"...), else English, else any.
  const std::string& in(const std::string& language) const;
  bool empty() const { return byLanguage.empty(); }
};

// What one press of the lesson's Run button does.
enum class LessonRunKind {
  Train, // the experiment, then its baselines (source_only, target_only, from scratch, single tasks)
  Sweep, // "which layers transfer?": the layer sweep of the experiment (Model panel)
};

struct LessonRun {
  std::string id;           // names its numbers: "<id>.target_test_acc", "<id>.source_only.target_test_acc"
  LessonText label;         // the button's words
  LessonRunKind kind = LessonRunKind::Train;
  std::string experiment;   // a file beside the lesson, or a shipped example's file name
  std::vector<std::string> settings; // "key=value" as twb's --set, applied in order
  bool baselines = true;    // Train: run the method's baselines after it
  std::vector<std::string> baselineMethods; // Train: only these of them (empty: all)
  bool copyLast = false;    // Sweep: copy the last k layers instead of the first k
};

// Something to look at: a panel, a tab or a curve, raised and outlined in the window.
struct LessonWatch {
  std::string target; // "tab:curves", "tab:embedding", "dock:model", "curve:acc/target_test", ...
  LessonText text;
};

// A sentence said after the runs when its condition holds (no condition: always).
// Both use the runs' numbers; {EXPR} in the text is replaced by its value, {EXPR:%}
// as a percentage, {EXPR:pts} as percentage points, {EXPR:N} with N decimals.
struct LessonFinding {
  std::string condition;
  LessonText text;
  int line = 0; // in the lesson file, for errors found when it is evaluated
};

struct Lesson {
  std::string file; // where it was read from
  int number = 0;   // its place in the lecture (1..7 for the built-in ones)
  LessonText title;
  LessonText summary;     // one line for the start page
  LessonText explanation; // HTML: paragraphs and the formula (Unicode, <sub>, <sup>)
  int minutes = 3;        // what the prepared runs take on two cores, as measured
  LessonText timing;      // how that was measured, and the recipe's shortcuts
  std::string fullRecipe; // the full-length experiment this lesson shortens
  std::vector<LessonRun> runs;
  std::vector<LessonText> steps; // what to click, in order
  std::vector<LessonWatch> watch;
  std::vector<LessonFinding> findings;
  LessonText question;
  std::vector<std::string> panels; // what presenter mode keeps: "dock:datasets", "dock:model", ...
};

// Reads a lesson file's text, or throws InputError naming `origin`, the line and the
// problem (a JSON syntax error, an unknown key, a run without an experiment, a
// condition or {number} that does not parse, a watch target the window lacks).
Lesson parseLesson(const std::string& jsonText, const std::string& origin);

// Every watch and panel target the window knows.
const std::vector<std::string>& lessonTargets();

} // namespace twb
