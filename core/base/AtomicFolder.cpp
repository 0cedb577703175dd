#include "base/AtomicFolder.h"

#include "base/Errors.h"

#include <stdlib.h> // mkdtemp

namespace twb {

namespace fs = std::filesystem;

AtomicFolder::AtomicFolder(const fs::path& target) : target_(target) {
  std::error_code ec;
  if (target_.has_parent_path())
    fs::create_directories(target_.parent_path(), ec);
  std::string pattern = target_.string() + ".tmp-XXXXXX";
  if (!mkdtemp(pattern.data()))
    throw InputError(Message::text(TWB_TR("twb", "%1: cannot create a folder beside it"), {target_.string()}));
  temporary_ = pattern;
}

AtomicFolder::~AtomicFolder() {
  std::error_code ec;
  if (!temporary_.empty())
    fs::remove_all(temporary_, ec);
}

void AtomicFolder::commit() {
  std::error_code ec;
  if (fs::exists(target_))
    fs::remove(target_, ec); // only an empty folder goes: remove() leaves a full one
  fs::rename(temporary_, target_, ec);
  if (ec)
    throw RunError(Message::text(TWB_TR("twb", "cannot move the files into %1: %2"), {target_.string(), ec.message()}));
  temporary_.clear();
}

} // namespace twb
