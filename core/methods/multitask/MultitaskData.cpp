#include "data/LoadDataset.h"
#include "methods/multitask/MultitaskData.h"

#include "base/Errors.h"
#include "base/Random.h"
#include "base/Text.h"

#include <algorithm>
#include <numeric>

namespace twb {

namespace {

std::size_t datasetIndex(const std::vector<std::string>& specs, const std::string& spec) {
  for (std::size_t i = 0; i < specs.size(); ++i)
    if (specs[i] == spec)
      return i;
  return specs.size();
}

// A few-label subset, stratified over the task's own classes (10 per class of parity
// is 20 images), seeded per task so that tasks draw independent subsets.
std::vector<std::size_t> fewLabelIndices(const ImageSet& train, const TaskTrack& t, std::uint64_t seed,
                                         std::size_t taskIndex) {
  ImageSet labelsOnly;
  labelsOnly.labels.reserve(train.size());
  for (auto l : train.labels)
    labelsOnly.labels.push_back(t.labels.fromDatasetClass[static_cast<std::size_t>(l)]);
  return fewShotIndices(labelsOnly, t.labels.classNames.size(), t.spec.labelsPerClass, mixSeed(seed, 4000 + taskIndex));
}

} // namespace

MultitaskData loadMultitaskData(const Experiment& e, const LoadOptions& options) {
  MultitaskData d;
  std::vector<std::string> specs;
  for (const auto& spec : resolveTasks(e.tasks)) {
    TaskTrack t;
    t.spec = spec;
    t.dataset = datasetIndex(specs, spec.dataset);
    if (t.dataset == specs.size()) {
      d.datasets.push_back(loadDataset(spec.dataset, e.seed, options));
      specs.push_back(spec.dataset);
    }
    const Dataset& ds = d.datasets[t.dataset];
    if (ds.train.size() == 0 || ds.test.size() == 0)
      throw InputError(Message::text(TWB_TR("twb", "task '%1': dataset '%2' has an empty training or test split"),
                                   {spec.name, spec.dataset}));
    t.labels = mapLabels(spec, ds.classNames);
    d.tasks.push_back(std::move(t));
  }

  const Dataset& first = d.mainDataset();
  d.side = first.train.height;
  for (const auto& ds : d.datasets) {
    if (ds.train.width != ds.train.height)
      throw InputError(
          Message::text(TWB_TR("twb", "dataset '%1' has non-square images, which the backbone cannot take"), {ds.name}));
    if (ds.train.height != d.side)
      throw InputError(Message::text(TWB_TR("twb", "datasets '%1' and '%2' have different image sizes, so their tasks "
                                                 "cannot share one trunk"),
                                   {first.name, ds.name}));
    d.channels = std::max<std::int64_t>(d.channels, ds.train.channels);
  }

  for (std::size_t i = 0; i < d.tasks.size(); ++i) {
    TaskTrack& t = d.tasks[i];
    const ImageSet& train = d.datasets[t.dataset].train;
    if (t.spec.labelsPerClass == 0) { // share the batch of every all-labels task on this dataset
      for (std::size_t g = 0; g < d.groups.size(); ++g)
        if (d.groups[g].dataset == t.dataset && d.tasks[d.groups[g].tasks.front()].spec.labelsPerClass == 0) {
          t.group = g;
          d.groups[g].tasks.push_back(i);
          t.trainLabels = train.size();
          break;
        }
      if (t.trainLabels > 0)
        continue;
    }
    TaskGroup g;
    g.dataset = t.dataset;
    if (t.spec.labelsPerClass > 0) {
      g.indices = fewLabelIndices(train, t, e.seed, i);
    } else {
      g.indices.resize(train.size());
      std::iota(g.indices.begin(), g.indices.end(), std::size_t{0});
    }
    g.tasks = {i};
    t.group = d.groups.size();
    t.trainLabels = g.indices.size();
    d.groups.push_back(std::move(g));
  }
  return d;
}

std::vector<Message> MultitaskData::describe() const {
  std::vector<Message> lines;
  for (const auto& t : tasks) {
    std::string classes;
    for (const auto& c : t.labels.classNames)
      classes += (classes.empty() ? "" : "/") + c;
    if (classes.size() > 40)
      classes = std::to_string(t.labels.classNames.size()) + " classes";
    lines.push_back(Message::text(TWB_TR("twb", "Task %1: %2 of %3 (%4), %5 labelled training images, weight %6, batch "
                                              "group %7"),
                                {t.spec.name, t.spec.label, t.spec.dataset, classes, std::to_string(t.trainLabels),
                                 fixed(t.spec.weight, 2), std::to_string(t.group + 1)}));
  }
  return lines;
}

} // namespace twb
