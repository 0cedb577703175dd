// What a newcomer reads: the Concepts pages in English and Chinese, the "?" buttons
// and the Help action that open them, File > Examples with every shipped experiment,
// and the dataset chooser that says what each built-in is.
#include "WindowTestSetup.h"
#include "base/Errors.h"
#include "common/CoreText.h"
#include "data/DatasetCatalog.h"
#include "datasets/DatasetStore.h"
#include "datasets/DomainView.h"
#include "experiment/ExperimentFile.h"
#include "help/Concepts.h"
#include "help/ConceptsWindow.h"
#include "window/ExamplesMenu.h"
#include "window/Language.h"

#include <QAbstractItemDelegate>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QTranslator>

#include <algorithm>
#include <memory>

using twb::ui::help::Concept;
using twb::ui::help::ConceptsWindow;

namespace {

QString readText(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return {};
  return QString::fromUtf8(file.readAll());
}

// What a reader sees of a page: the text without its markup.
QString plainText(const QString& html) {
  QTextDocument document;
  document.setHtml(html);
  return document.toPlainText();
}

int cjkCount(const QString& text) {
  static const QRegularExpression cjk(QStringLiteral("[\\x{4E00}-\\x{9FFF}]"));
  return static_cast<int>(text.count(cjk));
}

QStringList shippedExamples() {
  return QDir(QStringLiteral(TWB_SOURCE_DIR "/resources/experiments"))
      .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
}

// Stands in for a translation that has the dataset descriptions: marks every core sentence.
class MarkingTranslator : public QTranslator {
public:
  bool isEmpty() const override { return false; }
  QString translate(const char* context, const char* source, const char*, int) const override {
    if (QLatin1String(context) != QLatin1String("twb"))
      return {};
    return QStringLiteral("[zh] ") + QString::fromUtf8(source);
  }
};

} // namespace

class TestHelp : public QObject {
  Q_OBJECT

private:
  QTemporaryDir home_;
  std::unique_ptr<QWidget> mainWindow_; // owns the Concepts window from the Help action on

  static ConceptsWindow* window() {
    ConceptsWindow* w = ConceptsWindow::existing();
    if (!w)
      qFatal("no Concepts window");
    return w;
  }
  static QTextBrowser* page() { return window()->findChild<QTextBrowser*>(QStringLiteral("conceptPage")); }
  static QListWidget* list() { return window()->findChild<QListWidget*>(QStringLiteral("conceptList")); }

private slots:
  void initTestCase() {
    QVERIFY(home_.isValid());
    qputenv("TWB_CACHE_DIR", home_.filePath(QStringLiteral("cache")).toLocal8Bit());
    twbtest::prepareWindowTests(home_);
    QCOMPARE(twb::ui::language::current(), QStringLiteral("en"));
  }

  void everyConceptHasAPageInBothLanguages() {
    QSet<QString> titles;
    for (const Concept c : twb::ui::help::allConcepts()) {
      const QString id = twb::ui::help::conceptId(c);
      QCOMPARE(twb::ui::help::conceptPage(c, QStringLiteral("en")), QStringLiteral(":/concepts/en/%1.html").arg(id));
      QCOMPARE(twb::ui::help::conceptPage(c, QStringLiteral("zh_CN")),
               QStringLiteral(":/concepts/zh_CN/%1.html").arg(id));
      const QString en = plainText(readText(twb::ui::help::conceptPage(c, QStringLiteral("en"))));
      const QString zh = plainText(readText(twb::ui::help::conceptPage(c, QStringLiteral("zh_CN"))));
      const auto words = en.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size();
      QVERIFY2(words >= 150 && words <= 320, qPrintable(QStringLiteral("%1: %2 words").arg(id).arg(words)));
      QVERIFY2(en.contains(QStringLiteral("Where you see it in the window")), qPrintable(id));
      QVERIFY2(cjkCount(en) == 0, qPrintable(id));
      QVERIFY2(cjkCount(zh) >= 250, qPrintable(QStringLiteral("%1: %2 CJK characters").arg(id).arg(cjkCount(zh))));
      QVERIFY2(zh.contains(QStringLiteral("在窗口中的位置")), qPrintable(id));
      QVERIFY(en != zh);
      titles.insert(twb::ui::help::conceptTitle(c));
      // A link to another page names one that exists in the same language.
      for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        static const QRegularExpression link(QStringLiteral("href=\"([^\"]+)\""));
        const QString html = readText(twb::ui::help::conceptPage(c, language));
        for (auto it = link.globalMatch(html); it.hasNext();) {
          const QString target = QStringLiteral(":/concepts/%1/").arg(language) + it.next().captured(1);
          QVERIFY2(QFile::exists(target), qPrintable(id + QStringLiteral(" links to ") + target));
        }
      }
    }
    QCOMPARE(titles.size(), twb::ui::help::allConcepts().size()); // one distinct title each
    QVERIFY(!titles.contains(QString()));
    // A language without pages falls back to English.
    QCOMPARE(twb::ui::help::conceptPage(Concept::Dann, QStringLiteral("fr")),
             QStringLiteral(":/concepts/en/gradient_reversal.html"));
  }

  void aConceptButtonOpensItsPage() {
    QWidget host;
    host.resize(200, 100);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    for (const Concept c : twb::ui::help::allConcepts()) {
      const QString id = twb::ui::help::conceptId(c);
      QToolButton* button = twb::ui::help::conceptButton(c, &host);
      QCOMPARE(button->objectName(), QStringLiteral("conceptButton_") + id);
      QCOMPARE(button->toolTip(), QStringLiteral("What is %1?").arg(twb::ui::help::conceptTitle(c)));
      button->show();
      QTest::mouseClick(button, Qt::LeftButton);
      QVERIFY(window()->isVisible());
      QCOMPARE(window()->current(), c);
      QCOMPARE(page()->source().path(), QStringLiteral("/concepts/en/%1.html").arg(id));
      QCOMPARE(page()->documentTitle(), twb::ui::help::conceptTitle(c));
      QVERIFY(page()->toPlainText().contains(QStringLiteral("Where you see it in the window")));
      QCOMPARE(list()->currentItem()->text(), twb::ui::help::conceptTitle(c));
    }
    QVERIFY(window()->parentWidget() == &host); // the one window, owned by the button's window
    QCOMPARE(window()->size(), QSize(760, 520));
    delete window(); // the next test starts without it
  }

  void theHelpActionOpensTheWindowAndPagesLinkToEachOther() {
    mainWindow_ = std::make_unique<QWidget>();
    QAction* action = twb::ui::help::conceptsAction(mainWindow_.get());
    QCOMPARE(action->text(), QStringLiteral("&Concepts…"));
    QVERIFY(!action->statusTip().isEmpty());
    action->trigger();
    QVERIFY(window()->isVisible());
    QCOMPARE(window()->current(), twb::ui::help::allConcepts().front());
    QCOMPARE(list()->currentRow(), 0);

    // A relative link from one page to another moves the list along.
    list()->setCurrentRow(3);
    QCOMPARE(window()->current(), Concept::DomainAccuracy);
    page()->setSource(QUrl(QStringLiteral("proxy_a_distance.html")));
    QCOMPARE(window()->current(), Concept::ProxyADistance);
    QCOMPARE(list()->currentItem()->text(), twb::ui::help::conceptTitle(Concept::ProxyADistance));
    QCOMPARE(page()->documentTitle(), twb::ui::help::conceptTitle(Concept::ProxyADistance));

    // The action opens the page the window was left on.
    window()->close();
    action->trigger();
    QCOMPARE(window()->current(), Concept::ProxyADistance);
  }

  void theWindowFollowsTheLanguage() {
    QToolButton* button = twb::ui::help::conceptButton(Concept::Tsne, window());
    const QString englishTip = button->toolTip();
    const QString englishTitle = list()->item(0)->text();
    QCOMPARE(twb::ui::language::apply(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    QCoreApplication::processEvents(); // delivers LanguageChange
    QCOMPARE(page()->source().path(), QStringLiteral("/concepts/zh_CN/proxy_a_distance.html"));
    QVERIFY(cjkCount(page()->toPlainText()) >= 250);
    QVERIFY(cjkCount(list()->item(0)->text()) > 0);
    QVERIFY(list()->item(0)->text() != englishTitle);
    QVERIFY(button->toolTip() != englishTip);
    QVERIFY(button->toolTip().contains(twb::ui::help::conceptTitle(Concept::Tsne)));

    QCOMPARE(twb::ui::language::apply(QStringLiteral("en")), QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(page()->source().path(), QStringLiteral("/concepts/en/proxy_a_distance.html"));
    QCOMPARE(list()->item(0)->text(), englishTitle);
    QCOMPARE(button->toolTip(), englishTip);
  }

  void theExamplesMenuListsEveryShippedExperiment() {
    const QStringList files = shippedExamples();
    QCOMPARE(files.size(), 22);
    QCOMPARE(twb::ui::ExamplesMenu::examplePaths().size(), files.size());

    twb::ui::ExamplesMenu menu;
    QVERIFY(!menu.title().isEmpty());
    QSignalSpy chosen(&menu, &twb::ui::ExamplesMenu::exampleChosen);
    QSet<QString> lines;
    int entries = 0;
    for (const QAction* a : menu.actions())
      entries += a->isSeparator() ? 0 : 1;
    QCOMPARE(entries, files.size());
    for (const QString& file : files) {
      const QString stem = QFileInfo(file).completeBaseName();
      auto* action = menu.findChild<QAction*>(QStringLiteral("example_") + stem);
      QVERIFY2(action, qPrintable(stem));
      QVERIFY2(menu.actions().contains(action), qPrintable(stem));
      QVERIFY(action->isEnabled());
      QVERIFY(!action->text().isEmpty());
      QVERIFY(!action->toolTip().isEmpty());
      QCOMPARE(action->statusTip(), action->toolTip());
      lines.insert(action->toolTip());

      action->trigger();
      QCOMPARE(chosen.size(), 1);
      const QString path = chosen.takeFirst().at(0).toString();
      QCOMPARE(path, QStringLiteral(":/experiments/") + file);
      twb::Experiment example;
      try {
        example = twb::ui::readExample(path);
      } catch (const std::exception& error) {
        QFAIL(qPrintable(stem + QStringLiteral(": ") + twb::ui::errorText(error)));
      }
      // The embedded example is the shipped file, read as File > Open reads it.
      const twb::Experiment shipped = twb::loadExperimentFile(
          QFile::encodeName(QStringLiteral(TWB_SOURCE_DIR "/resources/experiments/") + file).toStdString());
      QCOMPARE(QString::fromStdString(twb::everyMethodJson(example)),
               QString::fromStdString(twb::everyMethodJson(shipped)));
    }
    QCOMPARE(lines.size(), files.size()); // a line of its own for each, none a generic fallback twice
    QVERIFY_THROWS_EXCEPTION(twb::InputError, twb::ui::readExample(QStringLiteral(":/experiments/none.json")));
  }

  void theDatasetChooserDescribesEachBuiltin() {
    twb::ui::DatasetStore store;
    twb::ui::DomainView view(twb::ui::DomainRole::Target, &store);
    view.resize(700, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* label = view.findChild<QLabel*>(QStringLiteral("targetDatasetDescription"));
    auto* chooser = view.findChild<QComboBox*>(QStringLiteral("targetDatasetChooser"));
    QVERIFY(label && chooser);
    QStringList shown;
    for (const twb::DatasetInfo& info : twb::builtinDatasets()) {
      const QString description = QString::fromStdString(info.description);
      view.setSpec(QString::fromStdString(info.name), 1);
      QVERIFY(label->isVisible());
      QCOMPARE(label->text(), description);
      QCOMPARE(chooser->toolTip(), description);
      // The popup entry has it too: in its tooltip and on a second line under the name.
      const int row = chooser->findData(QString::fromStdString(info.name));
      QVERIFY(chooser->itemData(row, Qt::ToolTipRole).toString().startsWith(description));
      shown.append(label->text());
    }
    QCOMPARE(QSet<QString>(shown.begin(), shown.end()).size(), shown.size());
    QAbstractItemDelegate* delegate = chooser->itemDelegate();
    QStyleOptionViewItem option;
    option.initFrom(chooser);
    const QModelIndex builtin = chooser->model()->index(0, 0);
    const QModelIndex folder = chooser->model()->index(chooser->findText(QStringLiteral("Folder…")), 0);
    QVERIFY(delegate->sizeHint(option, builtin).height() > delegate->sizeHint(option, folder).height() * 3 / 2);

    // A folder has no description; the chooser's tooltip names it.
    view.setSpec(QStringLiteral("folder:/nowhere/images"), 1);
    QVERIFY(!label->isVisible());
    QCOMPARE(chooser->toolTip(), QStringLiteral("folder:/nowhere/images"));

    // The descriptions are core sentences translated where the window's language has them.
    view.setSpec(QStringLiteral("shapes"), 1);
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    QCoreApplication::processEvents();
    const auto all = twb::builtinDatasets();
    const twb::DatasetInfo shapes =
        *std::find_if(all.begin(), all.end(), [](const twb::DatasetInfo& d) { return d.name == "shapes"; });
    QCOMPARE(label->text(), QStringLiteral("[zh] ") + QString::fromStdString(shapes.description));
    QCOMPARE(twb::ui::coreText(shapes.describe()), label->text());
    QCoreApplication::removeTranslator(&marking);
    QCoreApplication::processEvents();
    QCOMPARE(label->text(), QString::fromStdString(shapes.description));
  }

  // With TWB_SCREENSHOT_DIR set: the Concepts window in English and in Chinese, as PNGs to look at.
  void screenshots() {
    const QString dir = qEnvironmentVariable("TWB_SCREENSHOT_DIR");
    if (dir.isEmpty())
      QSKIP("TWB_SCREENSHOT_DIR not set");
    twb::ui::help::showConcept(Concept::BaselinesAndGap, nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(window()));
    QTest::qWait(200);
    QVERIFY(window()->grab().save(dir + QStringLiteral("/concepts_en.png")));
    twb::ui::help::showConcept(Concept::Dann, nullptr); // the longest page
    QTest::qWait(200);
    QVERIFY(window()->grab().save(dir + QStringLiteral("/concepts_en_gradient_reversal.png")));
    twb::ui::language::apply(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    QTest::qWait(200);
    QVERIFY(window()->grab().save(dir + QStringLiteral("/concepts_zh_CN.png")));
    twb::ui::language::apply(QStringLiteral("en"));
    QCoreApplication::processEvents();
    window()->close();

    twb::ui::ExamplesMenu menu;
    menu.popup(QPoint(40, 40));
    QVERIFY(QTest::qWaitForWindowExposed(&menu));
    QTest::qWait(200);
    QVERIFY(menu.grab().save(dir + QStringLiteral("/examples_menu.png")));
    menu.close();

    twb::ui::DatasetStore store;
    twb::ui::DomainView view(twb::ui::DomainRole::Source, &store);
    view.resize(520, 360);
    view.setSpec(QStringLiteral("digits-m"), 1);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(300);
    QVERIFY(view.grab().save(dir + QStringLiteral("/domain_view.png")));
    auto* chooser = view.findChild<QComboBox*>(QStringLiteral("sourceDatasetChooser"));
    chooser->showPopup();
    QTest::qWait(300);
    QVERIFY(chooser->view()->window()->grab().save(dir + QStringLiteral("/dataset_popup.png")));
    chooser->hidePopup();
  }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
