// The translation walk (issue #18): the real window, after a short run so that every
// panel has something to show, switched to Chinese from the Language menu, and every
// text on screen read back: labels, buttons, tabs, dock titles, menus and actions,
// tooltips, combo box items, table headers and cells, plot axes, legends and
// captions, the run log. A text that is still one of the English source strings of
// the translation file (or fits one of its templates) is a string the window forgot
// to translate or to retranslate on the switch. Then back to English: no Chinese
// character may remain.
#include "WindowTestSetup.h"
#include "experiment/ExperimentFile.h"
#include "embedding/EmbeddingPanel.h"
#include "help/Concepts.h"
#include "window/Language.h"
#include "window/MainWindow.h"

#include <qcustomplot.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QXmlStreamReader>

#include <set>

using twb::ui::MainWindow;

namespace {

using twbtest::action;

QString withoutAccelerator(QString text) {
  text.remove(QRegularExpression(QStringLiteral("\\(&.\\)"))); // "文件(&F)"
  text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
  text.remove(QLatin1Char('&'));
  text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
  return text.trimmed();
}

// The English source strings that have a translation of their own, as exact texts and
// as templates (a %1 stands for anything).
struct SourceTexts {
  std::set<QString> exact;
  std::vector<std::pair<QString, QRegularExpression>> templates;

  bool load(const QString& tsPath) {
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
      return false;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
      xml.readNext();
      if (!xml.isStartElement())
        continue;
      if (xml.name() == QStringLiteral("source")) {
        source = xml.readElementText();
      } else if (xml.name() == QStringLiteral("translation")) {
        const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        if (translation != source) // an empty translation shows the English: untranslated
          add(source);
      }
    }
    return !xml.hasError() && !exact.empty();
  }

  void add(const QString& source) {
    const QString text = withoutAccelerator(source);
    static const QRegularExpression arg(QStringLiteral("%L?\\d+"));
    if (!text.contains(arg)) {
      for (const QString& line : text.split(QLatin1Char('\n')))
        if (line.trimmed().count(QRegularExpression(QStringLiteral("[A-Za-z]"))) >= 3)
          exact.insert(line.trimmed());
      return;
    }
    // Only templates with enough words of their own to tell them from data.
    QString literal = text;
    literal.remove(arg);
    if (literal.count(QRegularExpression(QStringLiteral("[A-Za-z]"))) < 6 || text.contains(QLatin1Char('\n')))
      return;
    QString pattern;
    qsizetype at = 0;
    for (const QRegularExpressionMatch& m : arg.globalMatch(text)) {
      pattern += QRegularExpression::escape(text.mid(at, m.capturedStart() - at)) + QStringLiteral(".*");
      at = m.capturedEnd();
    }
    pattern += QRegularExpression::escape(text.mid(at));
    templates.emplace_back(text, QRegularExpression(QStringLiteral("^") + pattern + QStringLiteral("$"),
                                                    QRegularExpression::DotMatchesEverythingOption));
  }

  // The source string `shown` still is, or an empty string.
  QString englishIn(const QString& shown) const {
    for (const QString& line : withoutAccelerator(shown).split(QLatin1Char('\n'))) {
      const QString t = line.trimmed();
      if (t.isEmpty())
        continue;
      if (exact.count(t))
        return t;
      for (const auto& [source, re] : templates)
        if (re.match(t).hasMatch())
          return source;
    }
    return {};
  }
};

QString plain(const QString& text) {
  return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

// Every text a user can see or hover in `root`'s windows, each with where it is.
std::vector<std::pair<QString, QString>> textsOnScreen() {
  std::vector<std::pair<QString, QString>> out;
  const auto add = [&out](const QObject* where, const QString& what, const QString& text) {
    if (!text.trimmed().isEmpty())
      out.emplace_back(QStringLiteral("%1 %2 (%3)").arg(QString::fromLatin1(where->metaObject()->className()),
                                                         where->objectName(), what),
                       plain(text));
  };
  for (QWidget* w : QApplication::allWidgets()) {
    if (w->window()->isHidden() && !qobject_cast<QMenu*>(w))
      continue;
    add(w, QStringLiteral("tooltip"), w->toolTip());
    add(w, QStringLiteral("what's this"), w->whatsThis());
    add(w, QStringLiteral("status tip"), w->statusTip());
    if (w->isWindow())
      add(w, QStringLiteral("title"), w->windowTitle());
    if (auto* label = qobject_cast<QLabel*>(w))
      add(w, QStringLiteral("text"), label->text());
    if (auto* button = qobject_cast<QAbstractButton*>(w))
      add(w, QStringLiteral("text"), button->text());
    if (auto* group = qobject_cast<QGroupBox*>(w))
      add(w, QStringLiteral("title"), group->title());
    if (auto* dock = qobject_cast<QDockWidget*>(w))
      add(w, QStringLiteral("title"), dock->windowTitle());
    if (auto* tabs = qobject_cast<QTabBar*>(w))
      for (int i = 0; i < tabs->count(); ++i) {
        add(w, QStringLiteral("tab"), tabs->tabText(i));
        add(w, QStringLiteral("tab tooltip"), tabs->tabToolTip(i));
      }
    if (auto* menu = qobject_cast<QMenu*>(w)) {
      add(w, QStringLiteral("title"), menu->title());
      for (const QAction* a : menu->actions()) {
        add(menu, QStringLiteral("action ") + a->objectName(), a->text());
        add(menu, QStringLiteral("action tip ") + a->objectName(), a->statusTip());
      }
    }
    if (auto* combo = qobject_cast<QComboBox*>(w)) {
      for (int i = 0; i < combo->count(); ++i) {
        add(w, QStringLiteral("item"), combo->itemText(i));
        add(w, QStringLiteral("item tooltip"), combo->itemData(i, Qt::ToolTipRole).toString());
      }
    }
    if (auto* edit = qobject_cast<QLineEdit*>(w))
      add(w, QStringLiteral("placeholder"), edit->placeholderText());
    if (auto* edit = qobject_cast<QPlainTextEdit*>(w)) {
      add(w, QStringLiteral("placeholder"), edit->placeholderText());
      add(w, QStringLiteral("text"), edit->toPlainText());
    }
    if (auto* browser = qobject_cast<QTextBrowser*>(w))
      add(w, QStringLiteral("page"), browser->toPlainText());
    if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
      const QAbstractItemModel* m = view->model();
      for (int c = 0; c < m->columnCount(); ++c) {
        add(w, QStringLiteral("header"), m->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        add(w, QStringLiteral("header tooltip"), m->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
      }
      for (int r = 0; r < std::min(m->rowCount(), 60); ++r) {
        add(w, QStringLiteral("row header"), m->headerData(r, Qt::Vertical, Qt::DisplayRole).toString());
        for (int c = 0; c < m->columnCount(); ++c) {
          add(w, QStringLiteral("cell"), m->index(r, c).data(Qt::DisplayRole).toString());
          add(w, QStringLiteral("cell tooltip"), m->index(r, c).data(Qt::ToolTipRole).toString());
        }
      }
    }
    if (auto* plot = qobject_cast<QCustomPlot*>(w)) {
      for (QCPAxisRect* rect : plot->axisRects())
        for (QCPAxis* axis : rect->axes())
          add(w, QStringLiteral("axis"), axis->label());
      for (int i = 0; i < plot->graphCount(); ++i)
        add(w, QStringLiteral("curve"), plot->graph(i)->name());
      for (QCPLayoutElement* e : plot->plotLayout()->elements(true))
        if (auto* text = qobject_cast<QCPTextElement*>(e))
          add(w, QStringLiteral("caption"), text->text());
      for (int i = 0; i < plot->itemCount(); ++i)
        if (auto* text = qobject_cast<QCPItemText*>(plot->item(i)); text && text->visible())
          add(w, QStringLiteral("plot text"), text->text());
    }
  }
  return out;
}

bool hasChinese(const QString& text) {
  for (const QChar c : text)
    if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
      return true;
  return false;
}

} // namespace

class TestTranslations : public QObject {
  Q_OBJECT

private slots:
  void initTestCase() {
    QVERIFY(home_.isValid());
    twbtest::prepareWindowTests(home_);
    QVERIFY(sources_.load(QString::fromUtf8(TWB_SOURCE_DIR) +
                          QStringLiteral("/translations/transfer-workbench_zh_CN.ts")));
  }

  // The walk itself can fail: an English source string on screen is found.
  void theWalkFindsAnUntranslatedString() {
    QLabel label(QStringLiteral("Run Log"));
    label.show();
    QVERIFY(sources_.englishIn(label.text()) == QStringLiteral("Run Log"));
    bool found = false;
    for (const auto& [where, text] : textsOnScreen())
      found = found || !sources_.englishIn(text).isEmpty();
    QVERIFY(found);
  }

  void everyPanelSpeaksChineseAndEnglishAgain() {
    MainWindow window;
    twb::Experiment e = twb::defaultExperiment(); // DANN: digits -> digits-m
    e.training.steps = 20;
    e.training.batchSize = 32;
    e.eval.every = 10;
    window.setExperiment(e);
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    action(window, "actionRunBaselines")->setChecked(false);
    action(window, "actionStart")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning() && action(window, "actionStart")->isEnabled(), 300000);
    twb::ui::help::showConcept(twb::ui::help::Concept::Dann, &window);
    // The embedding view with the run's map computed (a small one).
    auto* embedding = window.findChild<twb::ui::EmbeddingPanel*>(QStringLiteral("embeddingPanel"));
    window.findChild<QTabWidget*>(QStringLiteral("centralTabs"))->setCurrentWidget(embedding);
    embedding->refreshRuns();
    embedding->setMaxPerDomain(100);
    embedding->setIterations(250);
    QSignalSpy mapped(embedding, &twb::ui::EmbeddingPanel::runningChanged);
    embedding->run();
    QTRY_VERIFY_WITH_TIMEOUT(mapped.count() >= 2 && !embedding->isRunning(), 120000);

    action(window, "actionLanguage_zh_CN")->trigger();
    QCoreApplication::processEvents();
    // A switch re-words the panel; it does not change what it shows.
    for (const char* side : {"sourceDataset", "targetDataset"}) {
      const auto* combo = window.findChild<QComboBox*>(QLatin1String(side));
      QVERIFY2(combo, side);
      QCOMPARE(combo->currentText(), QString::fromLatin1(side[0] == 's' ? "digits" : "digits-m"));
    }
    QStringList english;
    for (const auto& [where, text] : textsOnScreen()) {
      const QString source = sources_.englishIn(text);
      if (!source.isEmpty())
        english.append(QStringLiteral("%1: “%2”").arg(where, source));
    }
    english.removeDuplicates();
    for (const QString& line : english) // the whole list: a failure message is cut short
      qWarning("%s", qPrintable(line));

    action(window, "actionLanguage_en")->trigger();
    QCoreApplication::processEvents();
    QStringList chinese;
    for (const auto& [where, text] : textsOnScreen())
      if (hasChinese(text) && !where.contains(QStringLiteral("actionLanguage_"))) // a language's own name
        chinese.append(QStringLiteral("%1: “%2”").arg(where, text.left(80)));
    chinese.removeDuplicates();
    for (const QString& line : chinese)
      qWarning("%s", qPrintable(line));
    QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("%1 English texts left in Chinese:\n").arg(english.size()) +
                                           english.mid(0, 60).join(QLatin1Char('\n'))));
    QVERIFY2(chinese.isEmpty(), qPrintable(QStringLiteral("%1 Chinese texts left in English:\n").arg(chinese.size()) +
                                           chinese.mid(0, 60).join(QLatin1Char('\n'))));
  }

private:
  QTemporaryDir home_;
  SourceTexts sources_;
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
