#include "datasets/UtterancePlayer.h"

#include <QAudioDevice>
#include <QAudioSink>
#include <QMediaDevices>

namespace twb::ui {
namespace {

constexpr int kWatchdogMarginMs = 2000;

QString sinkErrorText(QAudio::Error error) {
  switch (error) {
  case QAudio::OpenError:
    return UtterancePlayer::tr("the audio output could not be opened");
  case QAudio::IOError:
    return UtterancePlayer::tr("the audio output stopped reading");
  case QAudio::FatalError:
    return UtterancePlayer::tr("the audio output is not available");
  default:
    return UtterancePlayer::tr("the audio output failed");
  }
}

} // namespace

UtterancePlayer::UtterancePlayer(QObject* parent) : QObject(parent) {
  setObjectName(QStringLiteral("utterancePlayer"));
  watchdog_.setSingleShot(true);
  connect(&watchdog_, &QTimer::timeout, this, [this] { finish(State::Played); });
}

UtterancePlayer::~UtterancePlayer() {
  // The sink reads buffer_, a member, which goes before the children do; and nobody
  // is told of a state change while the panel is going away.
  delete sink_;
}

QAudioFormat UtterancePlayer::formatOf(const twb::Waveform& wave) {
  QAudioFormat format;
  format.setSampleRate(wave.sampleRate);
  format.setChannelCount(1);
  format.setSampleFormat(QAudioFormat::Int16);
  return format;
}

void UtterancePlayer::play(const twb::Waveform& wave, const QObject* owner) {
  stop();
  owner_ = owner;
  problem_.clear();
  format_ = formatOf(wave);
  // Int16 is in the machine's byte order, as the samples are in memory.
  pcm_ = QByteArray(reinterpret_cast<const char*>(wave.samples.data()),
                    static_cast<qsizetype>(wave.samples.size() * sizeof(std::int16_t)));
  const QAudioDevice device = QMediaDevices::defaultAudioOutput();
  if (device.isNull()) {
    state_ = State::NoDevice;
    emit changed();
    return;
  }
  buffer_.setData(pcm_);
  buffer_.open(QIODevice::ReadOnly);
  sink_ = new QAudioSink(device, format_, this);
  connect(sink_, &QAudioSink::stateChanged, this, &UtterancePlayer::onSinkState);
  state_ = State::Playing;
  sink_->start(&buffer_);
  if (sink_->error() != QAudio::NoError) {
    finish(State::Failed, sinkErrorText(sink_->error()));
    return;
  }
  watchdog_.start(static_cast<int>(wave.seconds() * 1000) + kWatchdogMarginMs);
  emit changed();
}

void UtterancePlayer::onSinkState(QAudio::State state) {
  if (!sink_ || state_ != State::Playing)
    return;
  if (state == QAudio::IdleState) // the buffer is read to its end
    finish(State::Played);
  else if (state == QAudio::StoppedState && sink_->error() != QAudio::NoError)
    finish(State::Failed, sinkErrorText(sink_->error()));
}

void UtterancePlayer::finish(State state, const QString& problem) {
  watchdog_.stop();
  if (sink_) {
    // Deleted later: this may run inside the sink's own signal.
    sink_->disconnect(this);
    sink_->stop();
    sink_->deleteLater();
    sink_ = nullptr;
  }
  buffer_.close();
  state_ = state;
  problem_ = problem;
  emit changed();
}

void UtterancePlayer::stop() {
  if (sink_ || state_ == State::Playing)
    finish(State::Idle);
}

} // namespace twb::ui
