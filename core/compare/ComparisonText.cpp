#include "compare/ComparisonText.h"

#include "methods/Registry.h"

#include <cstdio>

namespace twb {

std::string percentText(double fraction) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f%%", fraction * 100.0);
  return text;
}

std::string spreadText(double mean, double sd, bool percent, int decimals) {
  char text[64];
  const double scale = percent ? 100.0 : 1.0;
  std::snprintf(text, sizeof text, "%.*f ± %.*f%s", decimals, mean * scale, decimals, sd * scale, percent ? "%" : "");
  return text;
}

std::string measureText(const ComparisonRow& row, Measure m) {
  const Spread* s = row.measure(m);
  if (!s)
    return "—";
  const bool accuracy = m != Measure::ProxyADistance && m != Measure::Speed;
  char text[64];
  if (row.runs.size() == 1) {
    if (accuracy)
      return percentText(s->mean);
    std::snprintf(text, sizeof text, m == Measure::Speed ? "%.0f" : "%.2f", s->mean);
    return text;
  }
  return spreadText(s->mean, s->sd, accuracy, m == Measure::Speed ? 0 : accuracy ? 1 : 2);
}

std::string perSeedText(const ComparisonRow& row) {
  const Spread* s = row.measure(Measure::TargetAccuracy);
  std::string out;
  for (std::size_t i = 0; s && i < s->values.size(); ++i) {
    char text[32];
    std::snprintf(text, sizeof text, "%s%.1f", out.empty() ? "" : " ", s->values[i] * 100.0);
    out += text;
  }
  return out.empty() ? "—" : out;
}

std::string gapClosedText(const ComparisonRow& row) {
  if (!row.gapClosed)
    return "—";
  char text[32];
  std::snprintf(text, sizeof text, "%.0f%%", *row.gapClosed * 100.0);
  return text;
}

std::string settingsText(const ComparisonRow& row) {
  const Experiment& e = row.lead().experiment;
  const Message recipe = methodOf(e).recipe(e);
  return recipe.empty() ? "—" : recipe.english();
}

std::string methodText(const ComparisonRow& row) {
  const Experiment& e = row.lead().experiment;
  return methodOf(e).label(e).english();
}

std::string seedsText(const ComparisonRow& row) {
  std::string seeds;
  for (const auto s : row.seeds)
    seeds += (seeds.empty() ? "" : ", ") + std::to_string(s);
  return seeds;
}

} // namespace twb
