#pragma once
// Where lessons come from: the seven built in (resources/lessons, embedded as
// :/lessons/*.json) and any lesson file a teacher opens. A lesson's experiments are
// files beside the lesson, else the shipped examples (:/experiments/<name>), with the
// lesson's `set` keys applied as twb's --set applies them.
#include "lessons/Lesson.h"
#include "experiment/Experiment.h"

#include <QString>

#include <map>
#include <string>
#include <vector>

namespace twb::ui {

// The built-in lessons in the lecture's order. A built-in file that does not read is
// a bug; it is left out and its error kept in `errors`.
std::vector<twb::Lesson> builtInLessons(QStringList* errors = nullptr);

// A lesson file; twb::InputError naming the file, the line and the problem.
twb::Lesson readLessonFile(const QString& path);

// The experiment `run` of `lesson` starts from, its settings applied; a setting's
// "{run:ID}" is the folder the lesson's run ID wrote (`runDirs`), so a run can start
// from an earlier one's model. twb::InputError naming the experiment when it cannot be
// found or read, or naming the run that must be run first.
twb::Experiment lessonExperiment(const twb::Lesson& lesson, const twb::LessonRun& run,
                                 const std::map<std::string, std::string>& runDirs = {});

// The language lessons are shown in: the window's ("zh_CN", "en").
std::string lessonLanguage();

} // namespace twb::ui
