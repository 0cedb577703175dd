#pragma once
// Describe a new class (a zero-shot run's joint space only): attribute names or
// values, or words for a word-vector run, typed into a box; its embedding g is the
// run's learned map of that description, and the images nearest it are where the
// run would place the class. Shown only while the map is a joint space.
#include "embedding/EmbeddingJob.h"

#include <QGroupBox>
#include <QString>

#include <cstddef>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;

namespace twb::ui {

class DescribeClassBox : public QGroupBox {
  Q_OBJECT

public:
  // Images highlighted for a described class.
  static constexpr std::size_t kDescribedImages = 10;

  explicit DescribeClassBox(QWidget* parent = nullptr);

  // New features: the box shows for a joint space only (after retranslateUi), any
  // earlier error forgotten.
  void setFeatures(EmbeddingPtr features);
  // Places the class `text` describes: "" and placed(), else the reason (also shown
  // under the box).
  QString describe(const QString& text);
  void retranslateUi();

signals:
  // The images nearest the described class, nearest first, and its label ("new: ...").
  void placed(const std::vector<std::size_t>& nearest, const QString& label);

private:
  void updateBox();

  QLineEdit* edit_ = nullptr;
  QPushButton* find_ = nullptr;
  QLabel* hint_ = nullptr;
  EmbeddingPtr features_;
  bool showingError_ = false; // the hint holds the last description's error
};

} // namespace twb::ui
