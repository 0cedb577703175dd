#pragma once
// Every QSettings key the window reads or writes, with its type and default, in one
// typed place (after qBittorrent's settingvalue.h): no key is spelled twice.
#include <QByteArray>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <utility>

namespace twb::ui {

template <typename T> class SettingValue {
public:
  SettingValue(const char* key, T defaultValue) : key_(QString::fromLatin1(key)), default_(std::move(defaultValue)) {}

  T get() const {
    const QSettings settings;
    return settings.value(key_, QVariant::fromValue(default_)).template value<T>();
  }
  void set(const T& value) const {
    QSettings settings;
    settings.setValue(key_, QVariant::fromValue(value));
  }
  void remove() const {
    QSettings settings;
    settings.remove(key_);
  }
  const QString& key() const { return key_; }

private:
  QString key_;
  T default_;
};

namespace settings {
inline const SettingValue<QByteArray> windowGeometry{"window/geometry", {}};
inline const SettingValue<QByteArray> windowState{"window/state", {}};
inline const SettingValue<QStringList> recentExperiments{"files/recentExperiments", {}};
inline const SettingValue<QString> lastDirectory{"files/lastDirectory", {}};
// Where the Datasets panel's folder and IDX pickers open.
inline const SettingValue<QString> lastDatasetDirectory{"files/lastDatasetDirectory", {}};
// Where File > Open Run… starts.
inline const SettingValue<QString> lastRunDirectory{"files/lastRunDirectory", {}};
// Run > Run Baselines Too: source_only and target_only after every other method.
inline const SettingValue<bool> runBaselines{"run/baselines", true};
// A language code such as "zh_CN"; empty means follow the system locale.
inline const SettingValue<QString> language{"ui/language", {}};
// The live curves' smoothing weight in [0, 0.99] and their x axis ("steps" or "epochs").
inline const SettingValue<double> curvesSmoothing{"curves/smoothing", 0.6};
inline const SettingValue<QString> curvesXAxis{"curves/xAxis", QStringLiteral("steps")};

inline constexpr int kMaxRecentExperiments = 8;
// Bump when docks or toolbars change, so an old saved layout is ignored, not misapplied.
// 2: the Datasets dock; 3: the Runs dock; 4: the layout that fits a 1280x720 screen
inline constexpr int kWindowStateVersion = 4;

// Where a dataset file dialog opens: the folder last used, while it exists, else home.
inline QString datasetDialogDirectory() {
  const QString last = lastDatasetDirectory.get();
  if (!last.isEmpty() && QFileInfo(last).isDir())
    return last;
  return QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
}

} // namespace settings

} // namespace twb::ui
