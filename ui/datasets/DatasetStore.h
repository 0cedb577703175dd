#pragma once
// Datasets loaded for the window, kept in memory by (spec, seed, classes) so that
// switching back to one is instant. A load runs on its own std::thread (joined on destruction)
// and is shared by every view that asks for the same key; when nobody waits for it
// any more it is cancelled. Each load carries a generation number, so a load that
// was cancelled or superseded never delivers a result.
#include "data/Dataset.h"
#include "data/DatasetStats.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <cstdint>
#include <list>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <tuple>
#include <utility>
#include <vector>

namespace twb::ui {

// A dataset with the statistics the panel shows, both computed off the GUI thread.
struct LoadedDataset {
  twb::Dataset dataset;
  twb::DatasetStats stats;
  // Where each image of a split was in the spec's own split, before an experiment's
  // class list left some classes out (empty: none was), so that an item can be found
  // again by its index in the spec (a spoken digit's audio, issue #22).
  std::vector<std::size_t> trainOrigin, testOrigin;
  std::size_t specTrainSize = 0, specTestSize = 0; // the spec's own splits
  std::size_t specIndex(bool test, std::size_t index) const {
    const std::vector<std::size_t>& origin = test ? testOrigin : trainOrigin;
    return origin.empty() ? index : origin[index];
  }
};

// One load: a dataset spec, the seed that generated data and splits use, and the
// classes an experiment keeps of it (its source.classes or target.classes: indices,
// renumbered in this order; empty = all), so the panel shows what a run trains on.
struct DatasetKey {
  std::string spec;
  std::uint64_t seed = 0;
  std::vector<int> classes;

  bool operator==(const DatasetKey& other) const {
    return std::tie(spec, seed, classes) == std::tie(other.spec, other.seed, other.classes);
  }
  bool operator!=(const DatasetKey& other) const { return !(*this == other); }
  bool operator<(const DatasetKey& other) const {
    return std::tie(spec, seed, classes) < std::tie(other.spec, other.seed, other.classes);
  }
};

class DatasetStore : public QObject {
  Q_OBJECT

public:
  using Key = DatasetKey;

  explicit DatasetStore(QObject* parent = nullptr);
  // Cancels every load and waits for their threads.
  ~DatasetStore() override;

  DatasetStore(const DatasetStore&) = delete;
  DatasetStore& operator=(const DatasetStore&) = delete;

  // The cached dataset, or nullptr.
  std::shared_ptr<const LoadedDataset> find(const Key& key) const;
  // One more view waits for `key`: starts its load unless it is cached or loading.
  // ready() or failed() follows (not for a cached key: find() has it).
  void request(const Key& key);
  // One view fewer waits for `key`; a load nobody waits for is cancelled.
  void release(const Key& key);
  // Drops `key` from the cache, so the next request reads its files again.
  void forget(const Key& key);

  bool isLoading(const Key& key) const;
  // Load threads not yet joined, cancelled ones included (0: no thread is left).
  std::size_t threadCount() const { return loads_.size(); }
  // The fraction loaded, 0..1, of a load in progress.
  double progress(const Key& key) const;

  // Loaded datasets kept besides those in view; the least recently used goes first.
  static constexpr std::size_t kCacheSize = 8;

signals:
  void ready(const twb::ui::DatasetKey& key);
  void failed(const twb::ui::DatasetKey& key, const QString& message);

private:
  struct Load {
    Key key;
    std::uint64_t generation = 0;
    int waiting = 0;
    std::atomic<bool> cancel{false};
    std::atomic<double> progress{0.0};
    // Written by the thread before it posts done, read by the GUI thread after.
    std::shared_ptr<const LoadedDataset> result;
    std::string error;
    std::thread thread; // last: joined before the fields above go away
  };

  void start(const Key& key, int waiting);
  static void work(Load& load);
  void onLoadDone(Load* load);
  void remember(const Key& key, std::shared_ptr<const LoadedDataset> dataset);

  std::uint64_t nextGeneration_ = 1;
  std::map<Key, Load*> current_;                                          // the live load of each key
  std::list<std::unique_ptr<Load>> loads_;                                // live and cancelled, until their thread ends
  std::list<std::pair<Key, std::shared_ptr<const LoadedDataset>>> cache_; // most recent first
};

} // namespace twb::ui
