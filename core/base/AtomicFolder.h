#pragma once
// A folder that appears whole or not at all, as AtomicFile's files do: it is filled
// under a temporary name beside its target and renamed onto it at the end; a folder
// never committed (an error, Ctrl+C) is removed with everything in it.
//
//   AtomicFolder folder(outDir);            // InputError naming outDir
//   write files under folder.path() ...
//   folder.commit();                        // RunError naming outDir
#include <filesystem>
#include <string>

namespace twb {

class AtomicFolder {
public:
  // Creates `target`'s parent folders and a temporary folder beside `target`.
  explicit AtomicFolder(const std::filesystem::path& target);
  ~AtomicFolder();
  AtomicFolder(const AtomicFolder&) = delete;
  AtomicFolder& operator=(const AtomicFolder&) = delete;

  // Where to write the folder's files until commit().
  const std::filesystem::path& path() const { return temporary_; }
  // Renames the folder onto its target, which must be absent or empty.
  void commit();

private:
  std::filesystem::path target_, temporary_;
};

} // namespace twb
