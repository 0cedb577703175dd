// The photographs digits-m cuts its patches from. Kept apart from the generator so
// the dataset catalogue can check for them in a build without OpenCV.
#include "data/Builtins.h"

namespace twb {

// Colour photographs from Debian's opencv-doc. Test patches come only from the test
// photos, so the test split never shows a training photo again.
const std::vector<std::string>& digitsMTrainPhotos() {
  static const std::vector<std::string> photos = {
      "baboon.jpg", "fruits.jpg", "building.jpg", "home.jpg",  "messi5.jpg", "orange.jpg",
      "board.jpg",  "stuff.jpg",  "smarties.png", "graf1.png", "leuvenA.jpg", "aero1.jpg"};
  return photos;
}

const std::vector<std::string>& digitsMTestPhotos() {
  static const std::vector<std::string> photos = {"apple.jpg",        "butterfly.jpg",    "HappyFish.jpg",
                                                  "starry_night.jpg", "squirrel_cls.jpg", "rubberwhale1.png",
                                                  "aero3.jpg"};
  return photos;
}

} // namespace twb
