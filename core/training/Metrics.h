#pragma once
// Metric names of shared/CONTRACT.md and the row a trainer reports per logged step.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace twb {

namespace metric {
inline constexpr const char* kLossLabel = "loss/label";
inline constexpr const char* kLossDomain = "loss/domain";
inline constexpr const char* kLossTotal = "loss/total";
inline constexpr const char* kAccSourceTrain = "acc/source_train";
inline constexpr const char* kAccSourceTest = "acc/source_test";
inline constexpr const char* kAccTargetTest = "acc/target_test";
inline constexpr const char* kAccDomain = "acc/domain";
inline constexpr const char* kLambda = "lambda";
inline constexpr const char* kLr = "lr";
} // namespace metric

// One logged step. Only the metrics measured at that step are present: training
// losses every few steps, test accuracies at evaluation steps.
struct MetricRow {
  std::int64_t step = 0;
  double epoch = 0.0; // passes over the source training split
  double wallSeconds = 0.0;
  std::vector<std::pair<std::string, double>> values;

  // The value of `name` in this row, if present.
  bool find(const std::string& name, double& value) const;
};

// metrics.csv: step, epoch, wall_seconds, then one column per metric (empty cell
// where a row has no value). Written atomically; read back by readMetricsCsv.
std::string metricsToCsv(const std::vector<MetricRow>& rows);
std::vector<MetricRow> parseMetricsCsv(const std::string& text, const std::string& origin);

} // namespace twb
