#include "datasets/UtteranceBar.h"

#include "common/CoreText.h"
#include "common/FitWidgets.h"
#include "datasets/SampleGridView.h"
#include "datasets/UtterancePlayer.h"
#include "window/SettingsKeys.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLocale>
#include <QMenu>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>

#include <algorithm>
#include <exception>

namespace twb::ui {
namespace {

// What a spoken-digits class says (its classes are named 0 to 9, as digits' are).
QString spokenWord(const QString& className) {
  static const char* const words[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
  bool digit = false;
  const int n = className.toInt(&digit);
  return digit && n >= 0 && n < 10 ? QString::fromLatin1(words[n]) : className;
}

// "spoken-digits-b_seven_flite-slt.wav": the spec's punctuation is not a file name's.
QString utteranceFileName(const QString& spec, const QString& word, const QString& voice) {
  QString name = spec + QLatin1Char('_') + word + QLatin1Char('_') + voice;
  for (QChar& c : name)
    if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
      c = QLatin1Char('-');
  return name + QStringLiteral(".wav");
}

} // namespace

UtteranceBar::UtteranceBar(SampleGridView* grid, const QString& objectStem, QWidget* parent)
    : QWidget(parent), grid_(grid) {
  setObjectName(objectStem + QStringLiteral("UtteranceBar"));
  line_ = new ElidedLabel(this);
  line_->setObjectName(objectStem + QStringLiteral("Utterance"));
  playAgain_ = new QToolButton(this);
  playAgain_->setObjectName(objectStem + QStringLiteral("PlayAgain"));
  playAgain_->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
  playAgain_->setAutoRaise(true);
  saveWav_ = new QToolButton(this);
  saveWav_->setObjectName(objectStem + QStringLiteral("SaveWav"));
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(playAgain_);
  layout->addWidget(line_, 1);
  layout->addWidget(saveWav_);

  connect(grid_, &SampleGridView::itemClicked, this, &UtteranceBar::playItem);
  connect(grid_, &SampleGridView::itemMenuRequested, this, &UtteranceBar::showMenu);
  connect(playAgain_, &QToolButton::clicked, this, [this] {
    if (utterance_ && player_)
      player_->play(utterance_->wave, this);
  });
  connect(saveWav_, &QToolButton::clicked, this, &UtteranceBar::save);
  retranslateUi();
}

void UtteranceBar::setPlayer(UtterancePlayer* player) {
  if (player_)
    player_->disconnect(this);
  player_ = player;
  if (player_)
    connect(player_, &UtterancePlayer::changed, this, &UtteranceBar::refresh);
  grid_->setClickable(canPlay());
  refresh();
}

void UtteranceBar::setDataset(std::shared_ptr<const LoadedDataset> loaded, const DatasetKey& key) {
  // What was clicked belongs to the dataset shown before.
  if (player_ && player_->owner() == this)
    player_->stop();
  loaded_ = std::move(loaded);
  key_ = key;
  utterance_.reset();
  note_.clear();
  grid_->setClickable(canPlay());
  refresh();
}

bool UtteranceBar::canPlay() const {
  return loaded_ && player_ && twb::isSpokenDigitsSpec(key_.spec);
}

bool UtteranceBar::select(std::size_t index) {
  if (!canPlay())
    return false;
  const bool test = grid_->showsTestSplit();
  const twb::ImageSet& set = test ? loaded_->dataset.test : loaded_->dataset.train;
  if (index >= set.size())
    return false;
  // The grid's index is into the split as shown, which lacks the classes an
  // experiment leaves out; the audio is found by the item's index in the spec.
  const std::size_t specIndex = loaded_->specIndex(test, index);
  Utterance utterance;
  try {
    utterance.wave = twb::spokenDigitsWaveform(key_.spec, key_.seed, test, specIndex);
    // Each voice's utterances are one block of the split, all blocks the same size (Speech.h).
    const std::vector<std::string> voices = twb::spokenDigitsVoices(key_.spec);
    const std::size_t splitSize = test ? loaded_->specTestSize : loaded_->specTrainSize;
    const std::size_t perVoice = std::max<std::size_t>(1, splitSize / std::max<std::size_t>(1, voices.size()));
    utterance.voice = QString::fromStdString(voices.at(std::min(specIndex / perVoice, voices.size() - 1)));
  } catch (const std::exception& error) {
    utterance_.reset();
    grid_->setHighlighted(-1);
    note_ = errorText(error);
    refresh();
    return false;
  }
  const auto label = static_cast<std::size_t>(set.labels[index]);
  utterance.word = spokenWord(QString::fromStdString(loaded_->dataset.classNames.at(label)));
  utterance_ = std::move(utterance);
  note_.clear();
  grid_->setHighlighted(static_cast<qint64>(index));
  return true;
}

void UtteranceBar::playItem(std::size_t index) {
  if (select(index))
    player_->play(utterance_->wave, this); // its changed() redraws the line
  refresh();
}

void UtteranceBar::showMenu(std::size_t index, const QPoint& globalPos) {
  QMenu menu(this);
  QAction* play = menu.addAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("Play"));
  QAction* saveAs = menu.addAction(tr("Save as WAV…"));
  QAction* picked = menu.exec(globalPos);
  if (picked == play) {
    playItem(index);
  } else if (picked == saveAs && select(index)) {
    refresh();
    save();
  }
}

void UtteranceBar::save() {
  if (!utterance_)
    return;
  QString path = QFileDialog::getSaveFileName(
      this, tr("Save the Utterance as WAV"),
      QDir(settings::datasetDialogDirectory())
          .filePath(utteranceFileName(QString::fromStdString(key_.spec), utterance_->word, utterance_->voice)),
      tr("WAV audio (*.wav)"));
  if (path.isEmpty())
    return;
  if (QFileInfo(path).suffix().isEmpty())
    path += QStringLiteral(".wav");
  settings::lastDatasetDirectory.set(QFileInfo(path).absolutePath());
  saveTo(path);
}

QString UtteranceBar::saveTo(const QString& path) {
  if (!utterance_)
    return tr("Click a spectrogram first.");
  QString problem;
  try {
    twb::writeWav(QDir::toNativeSeparators(path).toStdString(), utterance_->wave);
    note_ = tr("Saved %1").arg(QDir::toNativeSeparators(path));
  } catch (const std::exception& error) {
    problem = errorText(error);
    note_ = problem;
  }
  refresh();
  return problem;
}

// A hint, or which utterance was clicked and whether it is heard, or why it is not.
void UtteranceBar::refresh() {
  const bool speech = canPlay();
  setVisible(speech);
  grid_->setToolTip(speech ? tr("Click a spectrogram to hear it; right-click to save it as WAV") : QString());
  playAgain_->setEnabled(utterance_.has_value());
  saveWav_->setEnabled(utterance_.has_value());
  if (!speech)
    return;
  if (!utterance_) {
    line_->setText(note_.isEmpty() ? tr("Click a spectrogram to hear it.") : note_);
    return;
  }
  const QString seconds = tr("%1 s").arg(QLocale().toString(utterance_->wave.seconds(), 'f', 1));
  // The word first and the spec (which the chooser above shows) last: a narrow line
  // cuts the end, and the tooltip has it whole.
  const QString item = QStringLiteral("'%1' · %2 · %3 · %4")
                           .arg(utterance_->word, utterance_->voice, seconds, QString::fromStdString(key_.spec));
  QString shown = item;
  if (!note_.isEmpty()) {
    shown = note_;
  } else if (player_->owner() == this) {
    switch (player_->state()) {
    case UtterancePlayer::State::Playing:
      shown = tr("Playing: %1").arg(item);
      break;
    case UtterancePlayer::State::Played:
      shown = tr("Played: %1").arg(item);
      break;
    case UtterancePlayer::State::NoDevice:
      shown = tr("No audio output: %1").arg(item);
      break;
    case UtterancePlayer::State::Failed:
      shown = tr("Not played (%1): %2").arg(player_->problem(), item);
      break;
    case UtterancePlayer::State::Idle:
      break;
    }
  }
  line_->setText(shown);
}

void UtteranceBar::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

void UtteranceBar::retranslateUi() {
  playAgain_->setToolTip(tr("Play the clicked utterance again"));
  saveWav_->setText(tr("Save WAV…"));
  saveWav_->setToolTip(tr("Save the clicked utterance as a WAV file (16 kHz, mono, 16-bit)"));
  refresh();
}

} // namespace twb::ui
