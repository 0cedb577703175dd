#include "data/LoadDataset.h"
#include "datasets/DatasetStore.h"

#include "base/Errors.h"
#include "data/ClassSubset.h"

#include <QMetaObject>

#include <algorithm>
#include <exception>

namespace twb::ui {
namespace {

// The images of `set` that selectClasses keeps for `classes`, in its order (it keeps
// their order), by their index in `set`.
std::vector<std::size_t> keptIndices(const twb::ImageSet& set, const std::vector<int>& classes) {
  std::vector<std::size_t> kept;
  for (std::size_t i = 0; i < set.size(); ++i)
    if (std::find(classes.begin(), classes.end(), static_cast<int>(set.labels[i])) != classes.end())
      kept.push_back(i);
  return kept;
}

} // namespace

DatasetStore::DatasetStore(QObject* parent) : QObject(parent) {}

DatasetStore::~DatasetStore() {
  for (const auto& load : loads_)
    load->cancel.store(true);
  for (const auto& load : loads_)
    if (load->thread.joinable())
      load->thread.join();
  // Any onLoadDone still queued for this object is discarded by ~QObject.
}

std::shared_ptr<const LoadedDataset> DatasetStore::find(const Key& key) const {
  const auto found = std::find_if(cache_.begin(), cache_.end(), [&](const auto& entry) { return entry.first == key; });
  return found == cache_.end() ? nullptr : found->second;
}

void DatasetStore::request(const Key& key) {
  if (find(key))
    return;
  const auto live = current_.find(key);
  if (live != current_.end()) {
    ++live->second->waiting;
    return;
  }
  start(key, 1);
}

void DatasetStore::release(const Key& key) {
  const auto live = current_.find(key);
  if (live == current_.end())
    return;
  Load* load = live->second;
  if (--load->waiting > 0)
    return;
  // Nobody waits: the thread stops at its next check and its result, if any, is dropped.
  load->cancel.store(true);
  current_.erase(live);
}

void DatasetStore::forget(const Key& key) {
  cache_.remove_if([&](const auto& entry) { return entry.first == key; });
}

bool DatasetStore::isLoading(const Key& key) const {
  return current_.count(key) > 0;
}

double DatasetStore::progress(const Key& key) const {
  const auto live = current_.find(key);
  return live == current_.end() ? 0.0 : live->second->progress.load();
}

void DatasetStore::start(const Key& key, int waiting) {
  auto load = std::make_unique<Load>();
  load->key = key;
  load->generation = nextGeneration_++;
  load->waiting = waiting;
  Load* raw = load.get();
  loads_.push_back(std::move(load));
  current_[key] = raw;
  raw->thread = std::thread([this, raw] {
    work(*raw);
    QMetaObject::invokeMethod(
        this, [this, raw] { onLoadDone(raw); }, Qt::QueuedConnection);
  });
}

void DatasetStore::work(Load& load) {
  twb::LoadOptions options;
  options.cancel = &load.cancel;
  options.progress = [&load](double fraction) { load.progress.store(std::clamp(fraction, 0.0, 1.0)); };
  try {
    auto loaded = std::make_shared<LoadedDataset>();
    loaded->dataset = twb::loadDataset(load.key.spec, load.key.seed, options);
    loaded->specTrainSize = loaded->dataset.train.size();
    loaded->specTestSize = loaded->dataset.test.size();
    if (!load.key.classes.empty()) {
      loaded->trainOrigin = keptIndices(loaded->dataset.train, load.key.classes);
      loaded->testOrigin = keptIndices(loaded->dataset.test, load.key.classes);
    }
    twb::selectClasses(loaded->dataset, load.key.classes, "the experiment's class list");
    loaded->stats = twb::computeStats(loaded->dataset);
    load.result = std::move(loaded);
  } catch (const twb::Cancelled&) {
    load.error.clear(); // nobody is told: whoever cancelled it has moved on
  } catch (const std::exception& error) {
    // InputError is the one sentence a user can act on; anything else is still shown.
    load.error = error.what();
    if (load.error.empty())
      load.error = "loading '" + load.key.spec + "' failed";
  } catch (...) {
    load.error = "loading '" + load.key.spec + "' failed with an unknown error";
  }
}

void DatasetStore::onLoadDone(Load* load) {
  if (load->thread.joinable())
    load->thread.join(); // it has nothing left to do but return
  const Key key = load->key;
  const auto live = current_.find(key);
  // The generation tells the live load of a key from an earlier one that was cancelled.
  const bool isCurrent = live != current_.end() && live->second->generation == load->generation;
  std::shared_ptr<const LoadedDataset> result = std::move(load->result);
  const QString error = QString::fromStdString(load->error);
  const bool cancelled = load->cancel.load();
  loads_.remove_if([load](const auto& owned) { return owned.get() == load; });
  if (!isCurrent)
    return;
  current_.erase(live);
  if (result && !cancelled) {
    remember(key, std::move(result));
    emit ready(key);
  } else if (!cancelled) {
    emit failed(key, error);
  }
}

void DatasetStore::remember(const Key& key, std::shared_ptr<const LoadedDataset> dataset) {
  forget(key);
  cache_.emplace_front(key, std::move(dataset));
  while (cache_.size() > kCacheSize)
    cache_.pop_back();
}

} // namespace twb::ui
