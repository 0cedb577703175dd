#pragma once
// The images behind one cell of a confusion matrix, as thumbnails under a caption
// ("dann: true 3 → predicted 8 · 27 images"). Each thumbnail's tooltip says its true
// and predicted class; its data holds the image's index (Qt::UserRole) and both
// classes (kTruthRole, kPredictedRole), for whoever reads the list.
#include "confusion/ConfusionJob.h"

#include <QString>
#include <QWidget>

class QLabel;
class QListWidget;

namespace twb::ui {

class ConfusionCellImages : public QWidget {
  Q_OBJECT

public:
  static constexpr int kTruthRole = Qt::UserRole + 1;
  static constexpr int kPredictedRole = Qt::UserRole + 2;

  explicit ConfusionCellImages(QWidget* parent = nullptr);

  // The cell's images of `confusion`, which `runName` computed.
  void showCell(const RunConfusionPtr& confusion, const QString& runName, int truth, int predicted);
  void clear();

  QListWidget* list() const { return list_; }
  QString caption() const;

  // A column of three thumbnails beside the matrices; they keep the width.
  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();

  QLabel* caption_ = nullptr;
  QListWidget* list_ = nullptr;
  RunConfusionPtr confusion_; // what the thumbnails show, for the caption in another language
  QString runName_;
  int truth_ = -1, predicted_ = -1;
};

} // namespace twb::ui
