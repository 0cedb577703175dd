// `cmake --install` into a temporary prefix, as a lab's package or a user's
// --prefix ~/.local gets it: the programs, and what a desktop needs to list and start
// the window (the .desktop file, icons, AppStream metainfo), and the manual pages.
// Then the installed programs run from there. No root: the prefix is a temporary folder.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString kAppId = QStringLiteral("org.transferworkbench.TransferWorkbench");

struct Result {
  int code = -1; // -1: it did not finish in time or crashed
  QString out;   // stdout and stderr together
};

Result run(const QString& program, const QStringList& args, int timeoutMs = 120000) {
  QProcess p;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.remove(QStringLiteral("DESTDIR")); // else cmake --install writes below it, not into the prefix
  p.setProcessEnvironment(env);
  p.setProcessChannelMode(QProcess::MergedChannels);
  p.start(program, args);
  if (!p.waitForFinished(timeoutMs)) {
    p.kill();
    p.waitForFinished();
    return {};
  }
  return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

// The keys of a .desktop file's [Desktop Entry] group (untranslated keys only).
QHash<QString, QString> desktopEntry(const QString& path) {
  QHash<QString, QString> keys;
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
    return keys;
  bool inEntry = false;
  for (const QString& raw : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
    const QString line = raw.trimmed();
    if (line.startsWith(QLatin1Char('[')))
      inEntry = line == QLatin1String("[Desktop Entry]");
    else if (inEntry && line.contains(QLatin1Char('=')) && !line.startsWith(QLatin1Char('#'))) {
      const QString key = line.section(QLatin1Char('='), 0, 0).trimmed();
      if (!key.contains(QLatin1Char('[')))
        keys.insert(key, line.section(QLatin1Char('='), 1).trimmed());
    }
  }
  return keys;
}

} // namespace

class TestInstall : public QObject {
  Q_OBJECT

  QTemporaryDir tmp;
  QString prefix;
  QStringList installed; // every file under the prefix, relative to it

  QString at(const QString& relative) const { return prefix + QLatin1Char('/') + relative; }

private slots:
  void initTestCase() {
    QVERIFY(tmp.isValid());
    prefix = tmp.filePath(QStringLiteral("prefix"));
    const Result r = run(QStringLiteral(TWB_CMAKE_COMMAND),
                         {QStringLiteral("--install"), QStringLiteral(TWB_BUILD_DIR), QStringLiteral("--prefix"), prefix});
    QVERIFY2(r.code == 0, qPrintable(r.out));
    QDirIterator it(prefix, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
      installed << QDir(prefix).relativeFilePath(it.next());
    installed.sort();
    QVERIFY2(!installed.isEmpty(), "cmake --install wrote nothing");
  }

  // The two programs, executable, in bin/; nothing else there, and no test, benchmark or
  // fuzz target anywhere.
  void programs() {
    for (const char* name : {"twb", "transfer-workbench"}) {
      const QFileInfo program(at(QStringLiteral("bin/") + QLatin1String(name)));
      QVERIFY2(program.isFile() && program.isExecutable(), qPrintable(program.filePath() + " missing"));
    }
    const QStringList bin = QDir(at(QStringLiteral("bin"))).entryList(QDir::Files | QDir::NoDotAndDotDot);
    QCOMPARE(bin, QStringList({QStringLiteral("transfer-workbench"), QStringLiteral("twb")}));
    for (const QString& f : installed) {
      const QString name = QFileInfo(f).fileName();
      QVERIFY2(!name.startsWith(QLatin1String("tst_")) && !name.startsWith(QLatin1String("bench_")) &&
                   !name.startsWith(QLatin1String("fuzz_")),
               qPrintable(f + " should not be installed"));
    }
  }

  // The menu entry: named after the AppStream id, valid, starting a program of this
  // prefix, with an icon the hicolor theme has at every size.
  void desktopFile() {
    const QString path = at(QStringLiteral("share/applications/") + kAppId + QStringLiteral(".desktop"));
    QVERIFY2(QFileInfo::exists(path), qPrintable(path + " missing; installed: " + installed.join(QLatin1Char(' '))));
    const auto entry = desktopEntry(path);
    QCOMPARE(entry.value(QStringLiteral("Type")), QStringLiteral("Application"));
    const QString exec = entry.value(QStringLiteral("Exec")).section(QLatin1Char(' '), 0, 0);
    QVERIFY2(!exec.isEmpty() && !exec.contains(QLatin1Char('/')), qPrintable("Exec=" + exec));
    QVERIFY2(QFileInfo(at(QStringLiteral("bin/") + exec)).isExecutable(), qPrintable(exec + " not in the prefix's bin"));

    const QString icon = entry.value(QStringLiteral("Icon"));
    QVERIFY(!icon.isEmpty());
    for (const char* size : {"32x32", "64x64", "128x128", "256x256"})
      QVERIFY2(QFileInfo::exists(at(QStringLiteral("share/icons/hicolor/%1/apps/%2.png").arg(QLatin1String(size), icon))),
               qPrintable(QStringLiteral("no %1 icon %2").arg(QLatin1String(size), icon)));
    QVERIFY(QFileInfo::exists(at(QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(icon))));

    const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (validator.isEmpty()) {
      qWarning("desktop-file-validate not found (Debian's desktop-file-utils): only the keys were checked");
      return;
    }
    const Result r = run(validator, {path});
    QVERIFY2(r.code == 0, qPrintable(r.out));
  }

  // The software-centre entry: its id and launchable name the .desktop file, its icon is
  // the installed one, and appstreamcli (when there) finds nothing wrong.
  void metainfo() {
    const QString path = at(QStringLiteral("share/metainfo/") + kAppId + QStringLiteral(".metainfo.xml"));
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path + " missing"));
    QXmlStreamReader xml(&f);
    QString id, launchable, icon, type;
    while (!xml.atEnd()) {
      if (xml.readNext() != QXmlStreamReader::StartElement)
        continue;
      if (xml.name() == QLatin1String("component"))
        type = xml.attributes().value(QLatin1String("type")).toString();
      else if (xml.name() == QLatin1String("id"))
        id = xml.readElementText();
      else if (xml.name() == QLatin1String("launchable"))
        launchable = xml.readElementText();
      else if (xml.name() == QLatin1String("icon"))
        icon = xml.readElementText();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(type, QStringLiteral("desktop-application"));
    QCOMPARE(id, kAppId);
    QCOMPARE(launchable, kAppId + QStringLiteral(".desktop"));
    QCOMPARE(icon, desktopEntry(at(QStringLiteral("share/applications/") + launchable)).value(QStringLiteral("Icon")));

    const QString appstream = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (appstream.isEmpty()) {
      qWarning("appstreamcli not found (Debian's appstream): only the fields were checked");
      return;
    }
    const Result r = run(appstream, {QStringLiteral("validate"), QStringLiteral("--no-net"), path});
    QVERIFY2(r.code == 0, qPrintable(r.out));
  }

  // The shipped experiments, for twb train (the window embeds its own copies).
  void examples() {
    const QString source = qEnvironmentVariable("TWB_SOURCE_DIR");
    if (source.isEmpty())
      QSKIP("TWB_SOURCE_DIR not set");
    const QStringList shipped =
        QDir(source + QStringLiteral("/resources/experiments")).entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(!shipped.isEmpty());
    QCOMPARE(QDir(at(QStringLiteral("share/transfer-workbench/experiments"))).entryList({QStringLiteral("*.json")}, QDir::Files),
             shipped);
  }

  // A manual page for each program (man twb), compressed as Debian ships them.
  void manPages() {
    for (const char* page : {"twb", "transfer-workbench"})
      QVERIFY2(QFileInfo::exists(at(QStringLiteral("share/man/man1/%1.1.gz").arg(QLatin1String(page)))),
               qPrintable(QStringLiteral("no manual page for ") + QLatin1String(page)));
  }

  // The installed programs start from the prefix and say the project's version.
  void installedProgramsRun() {
    Result r = run(at(QStringLiteral("bin/twb")), {QStringLiteral("--version")});
    QVERIFY2(r.code == 0, qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String(TWB_PROJECT_VERSION)), qPrintable(r.out));
    // The window's --version answers before it opens one (offscreen: ctest's environment).
    r = run(at(QStringLiteral("bin/transfer-workbench")), {QStringLiteral("--version")});
    QVERIFY2(r.code == 0, qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String(TWB_PROJECT_VERSION)), qPrintable(r.out));
  }
};

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
