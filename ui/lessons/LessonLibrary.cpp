#include "lessons/LessonLibrary.h"

#include "base/Errors.h"
#include "common/CoreText.h"
#include "experiment/ExperimentFile.h"
#include "window/ExamplesMenu.h"
#include "window/Language.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace twb::ui {

std::vector<twb::Lesson> builtInLessons(QStringList* errors) {
  std::vector<twb::Lesson> lessons;
  const QDir dir(QStringLiteral(":/lessons"));
  for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
    try {
      lessons.push_back(readLessonFile(dir.filePath(name)));
    } catch (const std::exception& error) {
      if (errors)
        errors->append(errorText(error));
    }
  }
  std::stable_sort(lessons.begin(), lessons.end(),
                   [](const twb::Lesson& a, const twb::Lesson& b) { return a.number < b.number; });
  return lessons;
}

twb::Lesson readLessonFile(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    throw twb::InputError(twb::Message::text(TWB_TR("twb", "%1: cannot be read (%2)"),
                                             {path.toStdString(), file.errorString().toStdString()}));
  return twb::parseLesson(file.readAll().toStdString(), path.toStdString());
}

twb::Experiment lessonExperiment(const twb::Lesson& lesson, const twb::LessonRun& run,
                                 const std::map<std::string, std::string>& runDirs) {
  const QString name = QString::fromStdString(run.experiment);
  // A teacher's lesson brings its experiments beside it; the built-in ones use the examples.
  const QString beside = QFileInfo(QString::fromStdString(lesson.file)).dir().filePath(name);
  twb::Experiment e;
  if (!lesson.file.empty() && lesson.file.rfind(":/", 0) != 0 && QFileInfo::exists(beside)) {
    e = twb::loadExperimentFile(beside.toStdString());
  } else {
    const QString example = QStringLiteral(":/experiments/") + QFileInfo(name).fileName();
    if (!QFileInfo::exists(example))
      throw twb::InputError(twb::Message::text(
          TWB_TR("twb", "%1: the experiment '%2' of run '%3' is neither beside the lesson nor a shipped example"),
          {lesson.file, run.experiment, run.id}));
    e = readExample(example);
  }
  for (std::string setting : run.settings) {
    for (auto at = setting.find("{run:"); at != std::string::npos; at = setting.find("{run:")) {
      const auto end = setting.find('}', at);
      const std::string id = setting.substr(at + 5, end == std::string::npos ? std::string::npos : end - at - 5);
      const auto dir = runDirs.find(id);
      if (end == std::string::npos || dir == runDirs.end())
        throw twb::InputError(twb::Message::text(TWB_TR("twb", "Run '%1' of this lesson first: '%2' starts from its model."),
                                                 {id, run.id}));
      setting.replace(at, end - at + 1, dir->second);
    }
    twb::applySetting(e, setting);
  }
  return e;
}

std::string lessonLanguage() {
  return language::current().toStdString();
}

} // namespace twb::ui
