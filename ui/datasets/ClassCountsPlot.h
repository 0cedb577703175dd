#pragma once
// Images per class as grouped bars, train beside test, the class names on the axis:
// an unbalanced class or a split that lacks one shows at a glance.
#include <QStringList>
#include <QWidget>

#include <cstddef>
#include <vector>

class QCPBars;
class QCustomPlot;
class QMouseEvent;

namespace twb::ui {

class ClassCountsPlot : public QWidget {
  Q_OBJECT

public:
  explicit ClassCountsPlot(QWidget* parent = nullptr);

  void setCounts(const QStringList& classNames, const std::vector<std::size_t>& train,
                 const std::vector<std::size_t>& test);
  void clear();

  QCustomPlot* plot() const { return plot_; }
  QCPBars* trainBars() const { return train_; }
  QCPBars* testBars() const { return test_; }

protected:
  void changeEvent(QEvent* event) override;

private:
  void showClassTip(QMouseEvent* event);
  void retranslateUi();
  void fitAxisLabel(); // the plot at least as wide as its class axis's label

  QCustomPlot* plot_ = nullptr;
  QCPBars* train_ = nullptr;
  QCPBars* test_ = nullptr;
  QStringList classNames_;
};

} // namespace twb::ui
