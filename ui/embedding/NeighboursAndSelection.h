#pragma once
// Beside the live map, two tabs of images: the clicked point's nearest neighbours in
// feature space (or a described class's nearest images), and the points of a lasso
// or rectangle selection, each with a line that counts what they are.
#include <QString>
#include <QTabWidget>

#include <cstddef>
#include <vector>

class QLabel;
class QListWidget;

namespace twb::ui {

class EmbeddingScatter;

class NeighboursAndSelection : public QTabWidget {
  Q_OBJECT

public:
  // Lists what `live`'s points are; a click or selection there fills a tab.
  explicit NeighboursAndSelection(EmbeddingScatter* live, QWidget* parent = nullptr);

  QListWidget* neighboursList() const { return neighbours_; }
  QListWidget* selectionList() const { return selection_; }

  // New points: both lists emptied (their hints come back with retranslateUi).
  void clearLists();
  // The images nearest a described class, and what they are.
  void showDescribed(const std::vector<std::size_t>& nearest, const QString& label);
  void retranslateUi();

private:
  void showNeighbours(int index);
  void showSelection(const std::vector<std::size_t>& points);

  EmbeddingScatter* live_;
  QLabel* neighbourTitle_ = nullptr;
  QListWidget* neighbours_ = nullptr;
  QLabel* selectionTitle_ = nullptr;
  QListWidget* selection_ = nullptr;
};

} // namespace twb::ui
