#pragma once
// The numbers a person checks before training on a dataset: image size, channels,
// images per split, per-channel mean and standard deviation, where the files came
// from, and the load report (skipped files with reasons, notes), collapsed when empty.
#include "datasets/DatasetStore.h"

#include <QWidget>

#include <memory>
#include <vector>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace twb::ui {

class DatasetFactsView : public QWidget {
  Q_OBJECT

public:
  explicit DatasetFactsView(QWidget* parent = nullptr);

  void setDataset(std::shared_ptr<const LoadedDataset> loaded);
  void clear();

  // The load report as shown when expanded (empty when there is nothing to report).
  QString reportText() const;

protected:
  void changeEvent(QEvent* event) override;

private:
  enum Fact { Size, Channels, Images, Mean, Std, Origin, FactCount };

  void fill();
  void setReportExpanded(bool expanded);
  void setReportTitle(const QString& title);
  void retranslateUi();
  QString perChannel(const std::vector<double>& values) const;

  QFormLayout* form_ = nullptr;
  QLabel* captions_[FactCount] = {};
  QLabel* values_[FactCount] = {};
  QToolButton* reportToggle_ = nullptr; // the arrow that folds the report
  QLabel* reportTitle_ = nullptr;       // beside it, wrapped: "Load report: N images loaded, …"
  QPlainTextEdit* report_ = nullptr;
  std::shared_ptr<const LoadedDataset> shown_;
};

} // namespace twb::ui
