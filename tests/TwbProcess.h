#pragma once
// Runs the real `twb` program as a script would, for the tests of its commands.
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace twbtest {

struct TwbResult {
  int code = -1; // -1: it did not finish in time or crashed
  QString out, err;
};

inline TwbResult runTwb(const QStringList& args, int timeoutMs = 300000) {
  QProcess p;
  p.start(qEnvironmentVariable("TWB_BIN_DIR") + "/twb", args);
  if (!p.waitForFinished(timeoutMs))
    return {};
  return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
          QString::fromUtf8(p.readAllStandardError())};
}

// Writes `text` to `dir`/`name`; returns the path (empty when it cannot be written).
inline QString writeTextFile(const QString& dir, const QString& name, const QByteArray& text) {
  QFile f(dir + "/" + name);
  if (!f.open(QIODevice::WriteOnly))
    return {};
  f.write(text);
  return f.fileName();
}

} // namespace twbtest
