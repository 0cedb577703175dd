// File > Export Report… in the real window (ui/report/): the selected run with the
// baselines the Runs dock lists, written on the worker thread as a PDF, and through
// the file dialog as HTML; with nothing to export it says so and writes nothing.
#include "WindowTestSetup.h"
#include "TwbProcess.h"
#include "report/ReportExport.h"
#include "results/RunList.h"
#include "window/MainWindow.h"

#include <QDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using twb::ui::MainWindow;
using twb::ui::ReportExport;
using twb::ui::RunList;

class TestReportExport : public QObject {
  Q_OBJECT

  QTemporaryDir home_;
  QString compare_;

  static QByteArray head(const QString& path, int n) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(n) : QByteArray();
  }

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(home_.isValid());
    twbtest::prepareWindowTests(home_);
    const QString exp = twbtest::writeTextFile(home_.path(), "dann.json",
                                               R"({"training": {"steps": 20, "batch_size": 16, "device": "cpu"},
                                                   "eval": {"every": 10}})");
    compare_ = home_.path() + "/comparison";
    const auto r = twbtest::runTwb({"compare", exp, "--seeds", "1", "--out", compare_});
    QVERIFY2(r.code == 0, qPrintable(r.err));
  }

  void exportsTheSelectedRunWithItsBaselines() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction* exportAction = twbtest::action(window, "actionExportReport");
    auto* fileMenu = window.findChild<QMenu*>(QStringLiteral("menuFile"));
    QVERIFY(fileMenu && fileMenu->actions().contains(exportAction));
    QCOMPARE(exportAction->text(), QStringLiteral("Export &Report…"));

    auto* list = window.findChild<RunList*>(QStringLiteral("runList"));
    auto* exporter = window.findChild<ReportExport*>();
    QVERIFY(list && exporter);
    QVERIFY(!exporter->exportTo(home_.path() + "/nothing.pdf")); // nothing selected, no folder open
    for (const char* run : {"source_only-s1", "target_only-s1", "dann-s1"}) {
      QString error;
      QVERIFY2(list->addRunDirectory(compare_ + "/" + run, &error), qPrintable(error));
    }
    list->selectRuns({compare_ + "/dann-s1"});

    const QString pdf = home_.path() + "/window.pdf";
    QSignalSpy finished(exporter, &ReportExport::finished);
    QVERIFY(exporter->exportTo(pdf));
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.at(0).at(1).toString(), QString());
    QCOMPARE(head(pdf, 5), QByteArray("%PDF-"));

    // Through the menu and the dialog, as a user would: a name typed without suffix,
    // the filter chosen, HTML.
    const QString html = home_.path() + "/window.html";
    twbtest::answerNextFileDialog([html](QFileDialog& dialog) {
      auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
      QVERIFY(name);
      name->setText(html);
      static_cast<QDialog&>(dialog).accept();
    });
    exportAction->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(html), 120000);
    QTRY_VERIFY(exportAction->isEnabled());
    QFile f(html);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    for (const char* run : {"dann-s1", "source_only-s1", "target_only-s1"})
      QVERIFY2(text.contains(QStringLiteral("<td>%1</td>").arg(run)), run);
    QVERIFY(text.contains("data:image/png;base64,"));
  }
};

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
