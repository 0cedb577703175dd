#include "zeroshot/ZeroShotResults.h"

#include "base/AtomicFile.h"
#include "base/JsonReader.h"

#include <filesystem>

namespace twb {

namespace {

Json perClass(const std::vector<double>& v) {
  Json out = Json::array();
  for (double x : v)
    out.push_back(x < 0 ? Json() : Json(x));
  return out;
}

std::vector<double> perClassFrom(const Json& j) {
  std::vector<double> out;
  for (const auto& x : j)
    out.push_back(x.is_null() ? -1.0 : x.get<double>());
  return out;
}

} // namespace

const ZeroShotScore* ZeroShotResults::find(const std::string& method) const {
  for (const auto& s : scores)
    if (s.method == method)
      return &s;
  return nullptr;
}

std::string zeroShotResultsToJson(const ZeroShotResults& r) {
  Json scores = Json::array();
  for (const auto& s : r.scores)
    scores.push_back({{"method", s.method},
                      {"unseen_acc", s.unseenAcc},
                      {"seen_acc", s.seenAcc},
                      {"gzsl_unseen_acc", s.gzslUnseenAcc},
                      {"harmonic_mean", s.harmonicMean},
                      {"seen_only_acc", s.seenOnlyAcc},
                      {"zsl_per_class", perClass(s.zslPerClass)},
                      {"gzsl_per_class", perClass(s.gzslPerClass)}});
  std::vector<int> unseen;
  for (bool u : r.unseen)
    unseen.push_back(u ? 1 : 0);
  return Json{{"classes", r.classes}, {"unseen", unseen}, {"descriptions", r.descriptions}, {"scores", scores}}.dump(
             2) +
         "\n";
}

ZeroShotResults readZeroShotResults(const std::string& runDir) {
  const std::string path = (std::filesystem::path(runDir) / "zeroshot.json").string();
  const Json j = parseJsonText(readFile(path), path);
  ZeroShotResults r;
  try {
    r.classes = j.at("classes").get<std::vector<std::string>>();
    for (const auto& u : j.at("unseen"))
      r.unseen.push_back(u.get<int>() != 0);
    r.descriptions = j.value("descriptions", std::string());
    for (const auto& s : j.at("scores")) {
      ZeroShotScore z;
      z.method = s.at("method").get<std::string>();
      z.unseenAcc = s.at("unseen_acc").get<double>();
      z.seenAcc = s.at("seen_acc").get<double>();
      z.gzslUnseenAcc = s.at("gzsl_unseen_acc").get<double>();
      z.harmonicMean = s.at("harmonic_mean").get<double>();
      z.seenOnlyAcc = s.value("seen_only_acc", 0.0);
      z.zslPerClass = perClassFrom(s.at("zsl_per_class"));
      z.gzslPerClass = perClassFrom(s.at("gzsl_per_class"));
      r.scores.push_back(std::move(z));
    }
  } catch (const nlohmann::json::exception& e) {
    throw InputError(Message::text(TWB_TR("twb", "%1: not a zero-shot results file (%2)"), {path, e.what()}));
  }
  return r;
}

} // namespace twb
