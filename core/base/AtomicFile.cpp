#include "base/AtomicFile.h"

#include "base/Errors.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <csignal>
#include <fstream>
#include <random>
#include <sstream>
#include <unistd.h>

namespace twb {

std::string temporaryPathFor(const std::string& path) {
  // Same directory as the target so rename() never crosses file systems.
  std::random_device rd;
  std::ostringstream name;
  name << path << ".tmp-" << ::getpid() << "-" << std::hex << rd();
  return name.str();
}

void writeFileAtomic(const std::string& path, const std::string& contents) {
  const std::string tmp = temporaryPathFor(path);
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0)
    throw RunError(Message::text(TWB_TR("twb", "cannot write %1: %2"), {path, std::strerror(errno)}));
  std::size_t written = 0;
  while (written < contents.size()) {
    const ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      const std::string why = std::strerror(errno);
      ::close(fd);
      ::unlink(tmp.c_str());
      throw RunError(Message::text(TWB_TR("twb", "cannot write %1: %2"), {path, why}));
    }
    written += static_cast<std::size_t>(n);
  }
  // fsync before rename: after a crash the target is the old file or the new one.
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    const std::string why = std::strerror(errno);
    ::unlink(tmp.c_str());
    throw RunError(Message::text(TWB_TR("twb", "cannot write %1: %2"), {path, why}));
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    const std::string why = std::strerror(errno);
    ::unlink(tmp.c_str());
    throw RunError(Message::text(TWB_TR("twb", "cannot write %1: %2"), {path, why}));
  }
}

void reportFileSizeLimitAsWriteErrors() {
  std::signal(SIGXFSZ, SIG_IGN);
}

std::string readFile(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec))
    throw InputError(Message::text(TWB_TR("twb", "%1: no such file"), {path}));
  if (std::filesystem::is_directory(path, ec))
    throw InputError(Message::text(TWB_TR("twb", "%1: is a directory, not a file"), {path}));
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw InputError(Message::text(TWB_TR("twb", "%1: cannot be read"), {path}));
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

} // namespace twb
