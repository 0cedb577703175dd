#include "experiment/MethodSettingsForm.h"

#include "common/CoreText.h"
#include "methods/Method.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

#include <algorithm>
#include <cmath>
#include <limits>

namespace twb::ui {

namespace {

int boundedInt(double v) {
  return static_cast<int>(std::clamp(v, static_cast<double>(std::numeric_limits<int>::min()),
                                     static_cast<double>(std::numeric_limits<int>::max())));
}

const twb::SettingSpec* specOf(const std::vector<twb::SettingSpec>& specs, const std::string& key) {
  for (const auto& s : specs)
    if (s.key == key)
      return &s;
  return nullptr;
}

} // namespace

MethodSettingsForm::MethodSettingsForm(QWidget* parent) : QWidget(parent) {
  form_ = new QFormLayout(this);
  form_->setContentsMargins(0, 0, 0, 0);
  // Each field under its label: a long label beside a wide field (CDAN's domain-head
  // sizes) made the dock wider than a projector leaves it, and wrapping only the long
  // rows made the form's height depend on its width, which the Experiment form around
  // it did not ask: CDAN's fields were squeezed to half their height at 1280x720.
  form_->setRowWrapPolicy(QFormLayout::WrapAllRows);
}

bool MethodSettingsForm::isEmpty() const {
  return fields_.empty();
}

void MethodSettingsForm::show(const twb::Method& method, const twb::Experiment& e) {
  if (&method != method_)
    rebuild(method);
  fill(e);
}

void MethodSettingsForm::rebuild(const twb::Method& method) {
  method_ = &method;
  while (form_->rowCount() > 0)
    form_->removeRow(0);
  fields_.clear();
  for (const twb::SettingSpec& spec : method.settings()) {
    const QString key = QString::fromStdString(spec.key);
    QWidget* field = nullptr;
    const auto emitEdit = [this, key](const twb::SettingValue& v) {
      const twb::SettingSpec* s = specOf(method_->settings(), key.toStdString());
      emit settingEdited(key, s ? coreText(s->title) : key, v);
    };
    if (const auto* text = std::get_if<std::string>(&spec.defaultValue)) {
      if (!spec.choices.empty()) {
        auto* combo = new QComboBox(this);
        for (const twb::SettingChoice& c : spec.choices)
          combo->addItem(QString::fromStdString(c.value), QString::fromStdString(c.value));
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this,
                [combo, emitEdit](int) { emitEdit(combo->currentData().toString().toStdString()); });
        field = combo;
      } else {
        auto* line = new QLineEdit(QString::fromStdString(*text), this);
        connect(line, &QLineEdit::editingFinished, this, [line, emitEdit] { emitEdit(line->text().toStdString()); });
        field = line;
      }
    } else if (std::holds_alternative<std::int64_t>(spec.defaultValue)) {
      auto* spin = new QSpinBox(this);
      spin->setRange(boundedInt(std::isfinite(spec.minimum) ? spec.minimum : std::numeric_limits<int>::min()),
                     boundedInt(std::isfinite(spec.maximum) ? spec.maximum : std::numeric_limits<int>::max()));
      spin->setGroupSeparatorShown(true);
      spin->setAccelerated(true);
      connect(spin, qOverload<int>(&QSpinBox::valueChanged), this,
              [emitEdit](int v) { emitEdit(static_cast<std::int64_t>(v)); });
      field = spin;
    } else if (std::holds_alternative<double>(spec.defaultValue)) {
      auto* spin = new QDoubleSpinBox(this);
      spin->setDecimals(4);
      spin->setRange(std::isfinite(spec.minimum) ? spec.minimum : -1e9, std::isfinite(spec.maximum) ? spec.maximum : 1e9);
      connect(spin, qOverload<double>(&QDoubleSpinBox::valueChanged), this, [emitEdit](double v) { emitEdit(v); });
      field = spin;
    } else {
      auto* box = new QCheckBox(this);
      connect(box, &QCheckBox::toggled, this, [emitEdit](bool on) { emitEdit(on); });
      field = box;
    }
    field->setObjectName(QStringLiteral("setting_") + key);
    auto* label = new QLabel(this);
    label->setBuddy(field);
    form_->addRow(label, field);
    fields_.push_back(field);
  }
  retranslateUi();
}

void MethodSettingsForm::fill(const twb::Experiment& e) {
  if (!method_)
    return;
  const auto specs = method_->settings();
  for (std::size_t i = 0; i < specs.size() && i < fields_.size(); ++i) {
    const twb::SettingValue v = method_->setting(e, specs[i].key);
    QWidget* field = fields_[i];
    const QSignalBlocker block(field);
    if (auto* combo = qobject_cast<QComboBox*>(field)) {
      const QString value = QString::fromStdString(std::get<std::string>(v));
      if (combo->findData(value) < 0)
        combo->addItem(value, value); // a file's value this build lists no more: kept, not changed
      combo->setCurrentIndex(combo->findData(value));
    } else if (auto* line = qobject_cast<QLineEdit*>(field)) {
      line->setText(QString::fromStdString(std::get<std::string>(v)));
    } else if (auto* spin = qobject_cast<QSpinBox*>(field)) {
      spin->setValue(static_cast<int>(std::get<std::int64_t>(v)));
    } else if (auto* real = qobject_cast<QDoubleSpinBox*>(field)) {
      real->setValue(std::get<double>(v));
    } else if (auto* box = qobject_cast<QCheckBox*>(field)) {
      box->setChecked(std::get<bool>(v));
    }
  }
  // A setting another one makes meaningless (a width without hidden layers) is disabled.
  for (std::size_t i = 0; i < specs.size() && i < fields_.size(); ++i)
    if (!specs[i].unusedWhenZero.empty()) {
      const twb::SettingValue other = method_->setting(e, specs[i].unusedWhenZero);
      const auto* n = std::get_if<std::int64_t>(&other);
      fields_[i]->setEnabled(!n || *n != 0);
    }
}

void MethodSettingsForm::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

void MethodSettingsForm::retranslateUi() {
  if (!method_)
    return;
  const auto specs = method_->settings();
  for (std::size_t i = 0; i < specs.size() && i < fields_.size(); ++i) {
    if (auto* label = qobject_cast<QLabel*>(form_->labelForField(fields_[i])))
      label->setText(tr("%1:").arg(coreText(specs[i].title)));
    fields_[i]->setToolTip(coreText(specs[i].help));
    if (auto* combo = qobject_cast<QComboBox*>(fields_[i]))
      for (const twb::SettingChoice& c : specs[i].choices)
        combo->setItemData(combo->findData(QString::fromStdString(c.value)), coreText(c.help), Qt::ToolTipRole);
  }
}

} // namespace twb::ui
