#pragma once
// The built-in domains (shared/CONTRACT.md). Each loader throws InputError naming the
// missing file and the Debian package that provides it. Internal to core.
#include "data/Dataset.h"

#include <cstdint>
#include <string>

namespace twb {

std::string fashionMnistDir();
Dataset loadFashion(std::uint64_t seed);

// Generated domains: deterministic for a seed.
Dataset generateDigitsM(std::uint64_t seed, const LoadOptions& options);
Dataset generateSynDigits(std::uint64_t seed, const LoadOptions& options);
Dataset generateShapes(std::uint64_t seed, const LoadOptions& options);

// The photographs digits-m cuts its patches from, split so that test patches never
// come from a training photo.
const std::vector<std::string>& digitsMTrainPhotos();
const std::vector<std::string>& digitsMTestPhotos();

// spoken-digits and its speaker specs (data/Speech.h's isSpokenDigitsSpec), from the
// cache of each of its voices; the utterances of one voice per split.
Dataset generateSpokenDigits(const std::string& spec, std::uint64_t seed, const LoadOptions& options);
int spokenDigitsPerVoice(bool test);

// folder:PATH, decoded in parallel, resized to options.side.
Dataset loadFolder(const std::string& path, std::uint64_t seed, const LoadOptions& options);

// Resizes every image of `set` to side x side (no-op when already that size).
void resizeImages(ImageSet& set, int side);

} // namespace twb
