#pragma once
// The File menu's recent experiments: newest first, at most a handful, kept in
// QSettings so they survive a restart. Files that vanished drop out when opened.
#include <QList>
#include <QObject>
#include <QStringList>

class QAction;
class QMenu;

namespace twb::ui {

class RecentFiles : public QObject {
  Q_OBJECT

public:
  // Fills `menu` (owned by the caller) with one action per file and "Clear".
  explicit RecentFiles(QMenu* menu, QObject* parent = nullptr);

  QStringList paths() const;
  void add(const QString& path);
  void remove(const QString& path);
  void clear();
  // Rebuilds the menu's texts (after a language change).
  void refreshMenu();

signals:
  void openRequested(const QString& path);

private:
  void store(const QStringList& paths);

  QMenu* menu_;
  // A fixed set of actions, relabelled rather than recreated: an action may be the
  // one whose triggered() led here, and deleting it mid-signal would crash.
  QList<QAction*> fileActions_;
  QAction* clearAction_ = nullptr;
};

} // namespace twb::ui
