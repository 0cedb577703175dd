#pragma once
// Which side of a transfer a dataset is on: learnt from (source) or applied to (target).
#include <QString>

namespace twb::ui {

enum class DomainRole { Source, Target };

// "source" or "target": the stem of the objectNames of a domain's widgets.
inline QString roleKey(DomainRole role) {
  return role == DomainRole::Source ? QStringLiteral("source") : QStringLiteral("target");
}

} // namespace twb::ui
