#pragma once
// The status bar's view of a run: a progress bar and "step N/M, ETA mm:ss". The ETA
// is measured from the first step, so loading the data does not skew it.
#include <QElapsedTimer>
#include <QWidget>

#include <cstdint>

class QProgressBar;

namespace twb::ui {

class ElidedLabel;

class RunProgress : public QWidget {
  Q_OBJECT

public:
  explicit RunProgress(QWidget* parent = nullptr);

  void begin(std::int64_t totalSteps); // shows "preparing" until the first step
  void setProgress(std::int64_t step, std::int64_t totalSteps);
  void end(); // hides itself

  QString text() const;

  // "mm:ss", or "h:mm:ss" past an hour.
  static QString formatDuration(double seconds);

protected:
  void changeEvent(QEvent* event) override;

private:
  void updateText();

  QProgressBar* bar_ = nullptr;
  ElidedLabel* label_ = nullptr;
  QElapsedTimer sinceFirstStep_;
  std::int64_t firstStep_ = -1;
  std::int64_t step_ = 0;
  std::int64_t totalSteps_ = 0;
};

} // namespace twb::ui
