#pragma once
// A small picture of a multitask network for the Model panel: the shared trunk as
// a vertical stack of its layers (frozen ones greyed, hatched and locked, as the
// table's Frozen toggles say) splitting into one new linear head per task,
// labelled with the task's name and loss weight.
#include <QStringList>
#include <QVector>
#include <QWidget>

namespace twb::ui {

class MultitaskDiagram : public QWidget {
  Q_OBJECT

public:
  struct Head {
    QString task;
    double weight = 1.0;
  };

  explicit MultitaskDiagram(QWidget* parent = nullptr);

  // `trunk` in forward order; `frozen` may name layers outside it (they are ignored);
  // `learnedWeights`: the weights are start values of uncertainty weighting.
  void setNetwork(const QStringList& trunk, const QStringList& frozen, const QVector<Head>& heads,
                  bool learnedWeights);
  // Shown instead of the heads when the task list cannot be resolved.
  void setProblem(const QString& text);

  const QStringList& trunkLayers() const { return trunk_; }
  QStringList frozenLayers() const; // the trunk layers drawn frozen, in trunk order
  QStringList taskNames() const;

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

protected:
  void changeEvent(QEvent* event) override;
  void paintEvent(QPaintEvent* event) override;

private:
  void retranslateUi();
  QStringList trunk_, frozen_;
  QVector<Head> heads_;
  bool learnedWeights_ = false;
  QString problem_;
};

} // namespace twb::ui
