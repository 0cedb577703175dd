#include "CoreLogText.h"

#include <QRegularExpression>

#include <functional>
#include <vector>

namespace twb::ui {

namespace {

using Build = std::function<QString(const QRegularExpressionMatch&)>;

struct Shape {
  QRegularExpression pattern;
  Build build;
};

// A run's status word as summary.json has it.
QString statusText(const QString& status) {
  if (status == QLatin1String("completed"))
    return CoreLogText::tr("completed");
  if (status == QLatin1String("stopped"))
    return CoreLogText::tr("stopped");
  return status;
}

// The shapes of the lines in core/TrainingSession.cpp and core/CollapseWatch.cpp, most
// specific first. Each rebuilds its line from tr() templates with the captured parts.
const std::vector<Shape>& shapes() {
  static const std::vector<Shape> all = [] {
    std::vector<Shape> s;
    const auto add = [&s](const char* pattern, Build build) {
      s.push_back({QRegularExpression(QStringLiteral("^") + QLatin1String(pattern) + QStringLiteral("$")),
                   std::move(build)});
    };
    add(R"(Loading the tasks' datasets \.\.\.)",
        [](const auto&) { return CoreLogText::tr("Loading the tasks' datasets ..."); });
    add(R"(Loading (.+) and (.+) \.\.\.)",
        [](const auto& m) { return CoreLogText::tr("Loading %1 and %2 ...").arg(m.captured(1), m.captured(2)); });
    add(R"(Loading (.+) \.\.\.)", [](const auto& m) { return CoreLogText::tr("Loading %1 ...").arg(m.captured(1)); });
    add(R"(Training (\S+) \((\S+), (\S+)\) on (\d+) labelled images and (\d+) unlabelled target images for (\d+) steps)",
        [](const auto& m) {
          return CoreLogText::tr("Training %1 (%2, %3) on %4 labelled images and %5 unlabelled target images for %6 "
                                 "steps")
              .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4), m.captured(5), m.captured(6));
        });
    add(R"(Training (\S+) \((\S+), (\S+)\) on (\d+) labelled images for (\d+) steps)", [](const auto& m) {
      return CoreLogText::tr("Training %1 (%2, %3) on %4 labelled images for %5 steps")
          .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4), m.captured(5));
    });
    add(R"(Training (\S+) \((\S+), (\S+)\) on (\d+) tasks for (\d+) steps)", [](const auto& m) {
      return CoreLogText::tr("Training %1 (%2, %3) on %4 tasks for %5 steps")
          .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4), m.captured(5));
    });
    add(R"(Finished \((\S+)\) after (\d+) steps: source test accuracy (\S+), target test accuracy (\S+))",
        [](const auto& m) {
          return CoreLogText::tr("Finished (%1) after %2 steps: source test accuracy %3, target test accuracy %4")
              .arg(statusText(m.captured(1)), m.captured(2), m.captured(3), m.captured(4));
        });
    add(R"(Finished \((\S+)\) after (\d+) steps: no source model, target test accuracy (\S+))", [](const auto& m) {
      return CoreLogText::tr("Finished (%1) after %2 steps: no source model, target test accuracy %3")
          .arg(statusText(m.captured(1)), m.captured(2), m.captured(3));
    });
    add(R"(Proxy A-distance of the features (\S+) \(a linear probe tells source from target test images apart (\S+) of the time; 0 = indistinguishable, 2 = fully separable\))",
        [](const auto& m) {
          return CoreLogText::tr("Proxy A-distance of the features %1 (a linear probe tells source from target test "
                                 "images apart %2 of the time; 0 = indistinguishable, 2 = fully separable)")
              .arg(m.captured(1), m.captured(2));
        });
    add(R"(Nothing to copy \(model\.transfer is empty\): the target model trains from scratch)", [](const auto&) {
      return CoreLogText::tr("Nothing to copy (model.transfer is empty): the target model trains from scratch");
    });
    add(R"(Stopped while loading the data; nothing was written)",
        [](const auto&) { return CoreLogText::tr("Stopped while loading the data; nothing was written"); });
    add(R"(Copied (\d+) layer\(s\) from the source model(?: \((.*?)\))?(?:, (.*?))?; source test accuracy (\S+))",
        [](const auto& m) {
          QString text = CoreLogText::tr("Copied %1 layer(s) from the source model").arg(m.captured(1));
          if (m.capturedLength(2) > 0)
            text += CoreLogText::tr(" (%1)").arg(m.captured(2));
          if (m.capturedLength(3) > 0)
            text += CoreLogText::tr(", %1").arg(m.captured(3));
          return text + CoreLogText::tr("; source test accuracy %1").arg(m.captured(4));
        });
    add(R"(Classes matched by name: (\d+) in common(?:; target-only classes left out: (.*?))?(?:; source-only classes \(never in the target\): (.*))?)",
        [](const auto& m) {
          QString text = CoreLogText::tr("Classes matched by name: %1 in common").arg(m.captured(1));
          if (m.capturedLength(2) > 0)
            text += CoreLogText::tr("; target-only classes left out: %1").arg(m.captured(2));
          if (m.capturedLength(3) > 0)
            text += CoreLogText::tr("; source-only classes (never in the target): %1").arg(m.captured(3));
          return text;
        });
    add(R"(Task (.+?): (\S+) of (.+) \((.*)\), (\d+) labelled training images, weight (\S+), batch group (\d+))",
        [](const auto& m) {
          return CoreLogText::tr("Task %1: %2 of %3 (%4), %5 labelled training images, weight %6, batch group %7")
              .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4), m.captured(5), m.captured(6),
                   m.captured(7));
        });
    add(R"(Zero-shot: unseen classes (.*); described by (.*))", [](const auto& m) {
      return CoreLogText::tr("Zero-shot: unseen classes %1; described by %2").arg(m.captured(1), m.captured(2));
    });
    add(R"(Warning: after (\d+) steps the source test accuracy is still at chance \(best (\S+), chance (\S+)\): the label predictor never started learning\. In DANN the reversed gradient can arrive before it does; a slower lambda ramp \(smaller gamma\) or a smaller lambda max gives it time\.)",
        [](const auto& m) {
          return CoreLogText::tr("Warning: after %1 steps the source test accuracy is still at chance (best %2, "
                                 "chance %3): the label predictor never started learning. In DANN the reversed "
                                 "gradient can arrive before it does; a slower lambda ramp (smaller gamma) or a "
                                 "smaller lambda max gives it time.")
              .arg(m.captured(1), m.captured(2), m.captured(3));
        });
    add(R"(Warning: the features collapsed at step (\d+): source test accuracy fell from (\S+) to (\S+) \(chance (\S+)\)\. A domain accuracy near 0\.5 now means nothing is left to classify, not aligned domains; a lower lambda max or learning rate keeps the feature extractor alive\.)",
        [](const auto& m) {
          return CoreLogText::tr("Warning: the features collapsed at step %1: source test accuracy fell from %2 to "
                                 "%3 (chance %4). A domain accuracy near 0.5 now means nothing is left to classify, "
                                 "not aligned domains; a lower lambda max or learning rate keeps the feature "
                                 "extractor alive.")
              .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4));
        });
    return s;
  }();
  return all;
}

} // namespace

CoreLine CoreLogText::translate(const std::string& line) {
  const QString text = QString::fromStdString(line);
  for (const Shape& shape : shapes())
    if (const QRegularExpressionMatch m = shape.pattern.match(text); m.hasMatch())
      return {shape.build(m), true};
  return {text, false};
}

} // namespace twb::ui
