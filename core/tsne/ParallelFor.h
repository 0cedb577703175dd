#pragma once
// A fixed team of worker threads that splits a loop over [0, count) into blocks.
// Every t-SNE stage writes one result per index (never a shared accumulator), so
// results do not depend on which thread ran which block; sums over indices are
// then taken in index order by the caller, which keeps runs bit-identical.
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace twb::tsne {

class ParallelFor {
public:
  using Body = std::function<void(std::size_t begin, std::size_t end)>;

  // threads <= 0: one per core. The calling thread is one of them.
  explicit ParallelFor(int threads);
  ~ParallelFor(); // joins the workers
  ParallelFor(const ParallelFor&) = delete;
  ParallelFor& operator=(const ParallelFor&) = delete;

  int threads() const { return static_cast<int>(workers_.size()) + 1; }

  // Calls body on consecutive blocks of at most `grain` indices until [0, count) is
  // covered, on all threads; returns when every block is done. The first exception
  // a block throws is rethrown here.
  void run(std::size_t count, std::size_t grain, const Body& body);

private:
  void workerLoop();
  void drain();

  std::vector<std::thread> workers_;
  std::mutex mutex_;
  std::condition_variable wake_, done_;
  std::size_t generation_ = 0; // bumped per run so each worker joins each job once
  std::size_t busy_ = 0;       // workers still inside the current job
  bool quit_ = false;

  // The current job; read by workers between a wake-up and their busy_ decrement.
  const Body* body_ = nullptr;
  std::size_t count_ = 0, grain_ = 1;
  std::size_t next_ = 0; // next unclaimed index, under mutex_
  std::exception_ptr error_;
};

} // namespace twb::tsne
