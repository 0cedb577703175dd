#pragma once
// Plays one utterance of a speech dataset (issue #22) through Qt Multimedia: the
// 16-bit mono samples go into a QBuffer that a QAudioSink reads. One player serves
// both domains of the Datasets panel, so a new click stops what played before.
// Without an audio output (a headless machine, no sound server) nothing is started
// and state() says so; the samples that would have played are kept either way, so
// what the panel plays can be checked without a sound card.
#include "data/Speech.h"

#include <QAudio>
#include <QAudioFormat>
#include <QBuffer>
#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QAudioSink;

namespace twb::ui {

class UtterancePlayer : public QObject {
  Q_OBJECT

public:
  enum class State {
    Idle,     // nothing asked yet, or stopped
    Playing,  // the audio output is reading the samples
    Played,   // it read them all
    NoDevice, // there is no audio output to play on
    Failed,   // the audio output refused (problem() says how)
  };

  explicit UtterancePlayer(QObject* parent = nullptr);
  ~UtterancePlayer() override;

  // Plays `wave` on the default audio output for `owner` (the view that asked),
  // stopping whatever played before.
  void play(const twb::Waveform& wave, const QObject* owner);
  void stop();

  State state() const { return state_; }
  const QObject* owner() const { return owner_; }
  // The audio output's error when state() is Failed.
  QString problem() const { return problem_; }
  // The bytes handed to the audio output (or that would have been) and their format.
  const QByteArray& pcm() const { return pcm_; }
  const QAudioFormat& format() const { return format_; }

  // 16-bit signed mono at `wave`'s rate.
  static QAudioFormat formatOf(const twb::Waveform& wave);

signals:
  // state() or owner() changed.
  void changed();

private:
  void onSinkState(QAudio::State state);
  void finish(State state, const QString& problem = {});

  State state_ = State::Idle;
  QPointer<const QObject> owner_;
  QString problem_;
  QByteArray pcm_;
  QAudioFormat format_;
  QBuffer buffer_;
  QAudioSink* sink_ = nullptr;
  // An output that never reports the end of the samples (a stalled sound server)
  // still ends: the utterance's length and a margin after it started.
  QTimer watchdog_;
};

} // namespace twb::ui
