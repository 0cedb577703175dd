#include "zeroshot/ZeroShotScoring.h"

#include <limits>

namespace twb {

namespace {

// Top-1 class among the columns where `candidates` is true.
torch::Tensor predict(const torch::Tensor& scores, const std::vector<bool>& candidates, bool wanted) {
  auto mask = torch::zeros({scores.size(1)}, torch::kBool);
  for (std::size_t c = 0; c < candidates.size(); ++c)
    mask[static_cast<std::int64_t>(c)] = candidates[c] == wanted;
  return scores.masked_fill(mask.logical_not().unsqueeze(0), -std::numeric_limits<float>::infinity()).argmax(1);
}

// Top-1 accuracy of `pred` on the images of each class (-1 where a class has none).
std::vector<double> perClass(const torch::Tensor& pred, const torch::Tensor& labels, std::size_t classes) {
  std::vector<double> out(classes, -1.0);
  for (std::size_t c = 0; c < classes; ++c) {
    const auto of = labels.eq(static_cast<std::int64_t>(c));
    const auto n = of.sum().item<std::int64_t>();
    if (n > 0)
      out[c] = pred.masked_select(of).eq(static_cast<std::int64_t>(c)).to(torch::kFloat64).mean().item<double>();
  }
  return out;
}

double meanOver(const std::vector<double>& acc, const std::vector<bool>& unseen, bool wanted) {
  double sum = 0.0;
  int n = 0;
  for (std::size_t c = 0; c < acc.size(); ++c)
    if (unseen[c] == wanted && acc[c] >= 0) {
      sum += acc[c];
      ++n;
    }
  return n > 0 ? sum / n : 0.0;
}

} // namespace

double harmonicMean(double a, double b) {
  return a + b > 0 ? 2.0 * a * b / (a + b) : 0.0;
}

ZeroShotScore scoreZeroShot(const std::string& method, const torch::Tensor& scoresIn, const torch::Tensor& labelsIn,
                            const std::vector<bool>& unseen) {
  const auto scores = scoresIn.detach().to(torch::kCPU, torch::kFloat32);
  const auto labels = labelsIn.to(torch::kCPU, torch::kLong);
  const std::vector<bool> all(unseen.size(), true);
  ZeroShotScore s;
  s.method = method;
  s.zslPerClass = perClass(predict(scores, unseen, true), labels, unseen.size());
  s.gzslPerClass = perClass(predict(scores, all, true), labels, unseen.size());
  const auto seenOnly = perClass(predict(scores, unseen, false), labels, unseen.size());
  for (std::size_t c = 0; c < unseen.size(); ++c)
    if (!unseen[c])
      s.zslPerClass[c] = -1.0; // seen classes are not candidates in the ZSL setting
  s.unseenAcc = meanOver(s.zslPerClass, unseen, true);
  s.seenAcc = meanOver(s.gzslPerClass, unseen, false);
  s.gzslUnseenAcc = meanOver(s.gzslPerClass, unseen, true);
  s.harmonicMean = harmonicMean(s.seenAcc, s.gzslUnseenAcc);
  s.seenOnlyAcc = meanOver(seenOnly, unseen, false);
  return s;
}

} // namespace twb
