#include "training/RunSummary.h"

#include "base/JsonReader.h"

namespace twb {

std::string summaryToJson(const RunSummary& s) {
  Json j{
      {"method", s.method},
      {"seed", s.seed},
      {"steps", s.steps},
      {"source_test_acc", s.sourceTestAcc},
      {"target_test_acc", s.targetTestAcc},
      {"train_seconds", s.trainSeconds},
      {"images_per_second", s.imagesPerSecond},
      {"status", s.status},
      {"device", s.device},
      {"backbone", s.backbone},
      {"source", s.source},
      {"target", s.target},
  };
  for (const auto& [k, v] : s.extra)
    j[k] = v;
  if (!s.tasks.empty()) {
    Json tasks = Json::object();
    for (const auto& [task, values] : s.tasks)
      for (const auto& [k, v] : values)
        tasks[task][k] = v;
    j["tasks"] = tasks;
  }
  return j.dump(2) + "\n";
}

RunSummary parseSummary(const std::string& jsonText, const std::string& origin) {
  const Json j = parseJsonText(jsonText, origin);
  RunSummary s;
  JsonReader r(j, origin);
  r.read("method", s.method);
  r.read("seed", s.seed);
  r.read("steps", s.steps);
  r.read("source_test_acc", s.sourceTestAcc);
  r.read("target_test_acc", s.targetTestAcc);
  r.read("train_seconds", s.trainSeconds);
  r.read("images_per_second", s.imagesPerSecond);
  r.read("status", s.status);
  r.read("device", s.device);
  r.read("backbone", s.backbone);
  r.read("source", s.source);
  r.read("target", s.target);
  // Method-specific numbers (domain_acc, final_lambda, ...): every other numeric field.
  for (auto it = j.begin(); it != j.end(); ++it)
    if (!r.wasRead(it.key()) && it.value().is_number())
      s.extra[it.key()] = it.value().get<double>();
  if (const Json* tasks = r.raw("tasks"); tasks && tasks->is_object())
    for (auto t = tasks->begin(); t != tasks->end(); ++t)
      if (t.value().is_object())
        for (auto v = t.value().begin(); v != t.value().end(); ++v)
          if (v.value().is_number())
            s.tasks[t.key()][v.key()] = v.value().get<double>();
  return s;
}

} // namespace twb
