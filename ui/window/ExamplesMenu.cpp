#include "window/ExamplesMenu.h"

#include "base/Errors.h"
#include "common/CoreText.h"
#include "experiment/ExperimentFile.h"
#include "methods/Registry.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#include <exception>
#include <iterator>

namespace twb::ui {
namespace {

enum class Group { Adaptation, FineTuning, Multitask, ZeroShot, Other };

struct Example {
  const char* stem;
  Group group;
  const char* title; // tr() in ExamplesMenu's context
  const char* line;  // what the example shows, for the tooltip and the status bar
};

// The shipped examples in the order a newcomer meets the ideas; a file not named
// here is listed after them with a line made from its experiment.
const Example kExamples[] = {
    {"source_only_digits", Group::Adaptation,
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "Source only: digits → digits"),
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "A quick first run: source and target are the same digits, so "
                                                "there is no domain shift to overcome")},
    {"source_only_digits_to_digits_m", Group::Adaptation,
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "Source only: digits → digits-m"),
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "The lower bound: trained on plain digits, tested on digits blended "
                                                "with photos; shows what the domain shift costs")},
    {"target_only_digits_to_digits_m", Group::Adaptation,
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "Target only: digits → digits-m"),
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "The upper bound: trained on digits-m's own labels, the accuracy "
                                                "an adaptation method hopes to approach")},
    {"dann_digits_to_digits_m", Group::Adaptation,
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "DANN: digits → digits-m"),
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "Gradient reversal on the DANN paper's MNIST → MNIST-M gap, with "
                                                "batch norm, dropout and each domain normalised with its own "
                                                "statistics; watch the target accuracy climb")},
    {"dann_paper_digits_to_digits_m", Group::Adaptation,
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "DANN, the paper's recipe: digits → digits-m"),
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "The same gap with the paper's LeNet and SGD schedule: on these "
                                                "small datasets it closes far less of the gap than the default")},
    {"dann_confusion_digits_to_digits_m", Group::Adaptation,
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "DANN with domain confusion: digits → digits-m"),
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "The same gap with the confusion adversary: the features ask the "
                                                "domain classifier to say 50 % for every image")},
    {"dann_syndigits_to_digits", Group::Adaptation,
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "DANN: synthetic digits → digits"),
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "Learning from synthetic data: digits rendered from fonts are the "
                                                "labelled source, real handwriting the target")},
    {"source_only_spoken_digits_a_to_b", Group::Adaptation,
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "Source only: spoken digits, voices A → B"),
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "Speech, where speakers are domains: trained on three espeak-ng "
                                                "voices saying zero to nine, tested on three recorded Flite "
                                                "speakers; click a spectrogram in the Datasets panel to hear it")},
    {"finetune_digits_to_digits_m", Group::FineTuning,
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "Fine-tune: digits → digits-m, 10 labels per class"),
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "The same ten classes in a new domain: a model of plain handwritten "
                                                "digits starts the digits on photos from 100 labelled images (lesson 1)")},
    {"finetune_fashion_0-4_to_5-9", Group::FineTuning,
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "Fine-tune: Fashion-MNIST 0–4 → 5–9"),
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "A model of five garment classes starts five new ones with 10 "
                                                "labels each; try freezing layers in the Model panel")},
    {"finetune_spoken_digits_a_to_b", Group::FineTuning,
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "Fine-tune: spoken digits, voices A → B"),
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "A model of three synthetic voices starts three other speakers with "
                                                "5 labels per word; in the Model panel, sweep the last layers beside "
                                                "the Fashion-MNIST sweep of the first ones")},
    {"finetune_spoken_digits_a_to_b_mlp", Group::FineTuning,
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "Fine-tune: spoken digits A → B, fully connected network"),
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "The network speech recognisers were when the lecture's result was "
                                                "found, 50 labels per word: sweep the last layers and see them "
                                                "transfer where the first ones do not")},
    {"multitask_digits", Group::Multitask,
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "Multitask: digit, parity and greater than 4"),
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "One shared trunk, three heads on the same digits: the class, "
                                                "whether it is even, and whether it is above 4")},
    {"multitask_digits_few_labels", Group::Multitask,
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "Multitask: 10 labels per digit"),
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "Only 10 labelled images per digit class; parity and greater than 4, "
                                                "known for every image, help train the shared trunk")},
    {"multitask_digits_few_labels_uncertainty", Group::Multitask,
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "Multitask: 10 labels per digit, uncertainty weighting"),
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu",
                       "The same few labels, each task's loss weighted by its learned "
                       "uncertainty (Kendall, Gal and Cipolla 2018) instead of fixed weights")},
    {"multitask_fashion_few_labels", Group::Multitask,
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "Multitask: 10 labels per Fashion-MNIST class"),
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "Only 10 labelled images per garment class, helped by the coarse "
                                                "group (tops, bottoms, footwear, bags) known for every image")},
    {"multitask_digits_fashion", Group::Multitask,
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "Multitask: digits and Fashion-MNIST"),
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "Two different datasets share one trunk, each with its own head: "
                                                "does one task help the other or get in its way?")},
    {"multitask_spoken_languages", Group::Multitask,
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "Multitask: spoken digits in five languages"),
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "Multilingual speech recognition: one trunk, a head per language; "
                                                "Finnish has 5 labels per digit, English, German, French and "
                                                "Spanish all theirs (Huang et al. 2013)")},
    {"zeroshot_shapes", Group::ZeroShot,
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "Zero-shot: shapes, 8 unseen combinations"),
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "Colour, shape and fill as attributes; 8 combinations never seen in "
                                                "training are recognised from their description")},
    {"zeroshot_fashion", Group::ZeroShot,
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "Zero-shot: Fashion-MNIST, 3 unseen classes"),
     QT_TRANSLATE_NOOP("twb::ui::ExamplesMenu", "Pullover, Dress and Sandal are held out of training and recognised "
                                                "from hand-made garment attributes")},
};

const Example* findExample(const QString& stem) {
  for (const Example& e : kExamples)
    if (stem == QLatin1String(e.stem))
      return &e;
  return nullptr;
}

int order(const QString& stem) {
  const Example* e = findExample(stem);
  return e ? static_cast<int>(e - std::begin(kExamples)) : static_cast<int>(std::size(kExamples));
}

QString stemOf(const QString& path) {
  return QFileInfo(path).completeBaseName();
}

} // namespace

twb::Experiment readExample(const QString& resourcePath) {
  QFile file(resourcePath);
  if (!file.open(QIODevice::ReadOnly))
    throw twb::InputError(twb::Message::text(TWB_TR("twb", "%1: no such example"), {resourcePath.toStdString()}));
  return twb::parseExperiment(file.readAll().toStdString(), resourcePath.toStdString());
}

ExamplesMenu::ExamplesMenu(QWidget* parent) : QMenu(parent) {
  setObjectName(QStringLiteral("examplesMenu"));
  setToolTipsVisible(true);
  rebuild();
}

QStringList ExamplesMenu::examplePaths() {
  QStringList paths;
  const QDir dir(QStringLiteral(":/experiments"));
  for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
    paths.append(dir.filePath(name));
  return paths;
}

void ExamplesMenu::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    rebuild();
  QMenu::changeEvent(event);
}

void ExamplesMenu::rebuild() {
  clear();
  setTitle(tr("&Examples"));
  QStringList paths = examplePaths();
  std::stable_sort(paths.begin(), paths.end(),
                   [](const QString& a, const QString& b) { return order(stemOf(a)) < order(stemOf(b)); });
  const QString sections[] = {tr("Domain adaptation"), tr("Fine-tuning"), tr("Multitask learning"),
                              tr("Zero-shot learning"), tr("More examples")};
  int shownGroup = -1;
  for (const QString& path : paths) {
    const Example* known = findExample(stemOf(path));
    QString title, line;
    bool readable = true;
    if (known) {
      title = tr(known->title);
      line = tr(known->line);
    } else {
      // A file added without a line here: its name, and what it runs on what.
      try {
        const twb::Experiment e = readExample(path);
        title = e.name.empty() ? stemOf(path) : QString::fromStdString(e.name);
        line = tr("%1: %2 → %3")
                   .arg(coreText(twb::methodOf(e).title()), QString::fromStdString(e.source.dataset),
                        QString::fromStdString(e.target.dataset));
      } catch (const std::exception& error) {
        title = stemOf(path);
        line = errorText(error);
        readable = false;
      }
    }
    const int group = static_cast<int>(known ? known->group : Group::Other);
    if (group != shownGroup) {
      addSection(sections[group]);
      shownGroup = group;
    }
    QAction* action = addAction(QString(title).replace(QLatin1Char('&'), QStringLiteral("&&")));
    action->setObjectName(QStringLiteral("example_") + stemOf(path));
    action->setData(path);
    action->setToolTip(line);
    action->setStatusTip(line);
    action->setEnabled(readable);
    connect(action, &QAction::triggered, this, [this, path] { emit exampleChosen(path); });
  }
}

} // namespace twb::ui
