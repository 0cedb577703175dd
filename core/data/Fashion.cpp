#include "data/Builtins.h"

#include "base/Errors.h"
#include "data/Idx.h"

#include <cstdlib>
#include <filesystem>

namespace twb {

std::string fashionMnistDir() {
  const char* dir = std::getenv("TWB_FASHION_MNIST");
  return dir && *dir ? dir : "/usr/share/datasets/fashion-mnist";
}

Dataset loadFashion(std::uint64_t seed) {
  const std::string dir = fashionMnistDir();
  if (!std::filesystem::exists(dir + "/train-images-idx3-ubyte.gz"))
    throw InputError(Message::text(TWB_TR("twb", "fashion: %1 not found; it comes with Debian's "
                                               "dataset-fashion-mnist package (apt-get install dataset-fashion-mnist)"),
                                 {dir + "/train-images-idx3-ubyte.gz"}));
  Dataset d = loadIdxDataset(dir, seed);
  d.name = "fashion";
  d.origin = dir + " (Debian package dataset-fashion-mnist)";
  // Zalando's label order (fashion-mnist README).
  d.classNames = {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                  "Sandal",      "Shirt",   "Sneaker",  "Bag",   "Ankle boot"};
  return d;
}

} // namespace twb
