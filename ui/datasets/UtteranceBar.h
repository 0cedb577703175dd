#pragma once
// The line under a speech dataset's spectrograms in the Datasets panel (issue #22):
// a click on a spectrogram plays that utterance, which is framed in the grid; the
// line says which (spec · voice · word · length) and whether it is heard, and Save
// WAV… writes it through core's writeWav. Hidden for datasets that cannot be heard.
#include "data/Speech.h"
#include "datasets/DatasetStore.h"

#include <QPointer>
#include <QString>
#include <QWidget>

#include <cstddef>
#include <memory>
#include <optional>

class QToolButton;

namespace twb::ui {

class ElidedLabel;
class SampleGridView;
class UtterancePlayer;

class UtteranceBar : public QWidget {
  Q_OBJECT

public:
  // `grid` shows the samples whose clicks it plays; `objectStem` is "source"/"target".
  UtteranceBar(SampleGridView* grid, const QString& objectStem, QWidget* parent = nullptr);

  // The player the panel's domains share; without one nothing plays.
  void setPlayer(UtterancePlayer* player);
  // The dataset the grid now shows (nullptr: none), loaded for `key`.
  void setDataset(std::shared_ptr<const LoadedDataset> loaded, const DatasetKey& key);
  // Whether the dataset on show can be heard: a spoken-digits spec (a folder: of WAV
  // files keeps no path per item, so its items cannot be found again yet).
  bool canPlay() const;

  // Plays item `index` of the split the grid shows, as a click on it does.
  void playItem(std::size_t index);
  // Writes the clicked utterance to `path` as a WAV file; "" when written, else why not.
  QString saveTo(const QString& path);

protected:
  void changeEvent(QEvent* event) override;

private:
  struct Utterance {
    twb::Waveform wave;
    QString voice; // "flite:slt", as specs write it
    QString word;  // what is said
  };

  bool select(std::size_t index);
  void showMenu(std::size_t index, const QPoint& globalPos);
  void save();
  void refresh();
  void retranslateUi();

  SampleGridView* grid_;
  QPointer<UtterancePlayer> player_;
  std::shared_ptr<const LoadedDataset> loaded_;
  DatasetKey key_;
  std::optional<Utterance> utterance_; // the one last clicked, for Play and Save
  QString note_; // said instead of the utterance: a failed click, a saved file

  ElidedLabel* line_ = nullptr;
  QToolButton* playAgain_ = nullptr;
  QToolButton* saveWav_ = nullptr;
};

} // namespace twb::ui
