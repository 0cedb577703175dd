#pragma once
// A method's own settings as form rows, built from what the method declares
// (methods/Method.h SettingSpec): a choice box for a text with named values, spin
// boxes for numbers, a check box for a flag, each with its title and help in the
// window's language. The form knows no method: a new method's settings appear here
// by themselves. Each field is named "setting_<key>".
#include "experiment/Experiment.h"

#include <QWidget>

#include <string>
#include <vector>

class QFormLayout;

namespace twb {
class Method;
}

namespace twb::ui {

class MethodSettingsForm : public QWidget {
  Q_OBJECT

public:
  explicit MethodSettingsForm(QWidget* parent = nullptr);

  // Shows `method`'s settings with the values in `e` (rebuilt when the method changes).
  void show(const twb::Method& method, const twb::Experiment& e);
  bool isEmpty() const;

signals:
  // The user changed one setting.
  void settingEdited(const QString& key, const QString& title, const twb::SettingValue& value);

protected:
  void changeEvent(QEvent* event) override;

private:
  void rebuild(const twb::Method& method);
  void fill(const twb::Experiment& e);
  void retranslateUi();

  const twb::Method* method_ = nullptr;
  QFormLayout* form_ = nullptr;
  std::vector<QWidget*> fields_; // in the method's order
};

} // namespace twb::ui
