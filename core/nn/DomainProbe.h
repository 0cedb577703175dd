#pragma once
// How far apart two domains are in a network's feature space, measured the way
// Ben-David et al. (2007) and Ganin et al. (JMLR 2016) do with the proxy A-distance:
// train a linear classifier to tell source features from target features on one half
// of the images and count its errors on the other half. PAD = 2 (1 - 2 err): 2 when
// the domains are fully separable, 0 when the classifier does no better than chance.
// Unlike a DANN run's own domain classifier, this probe is the same for every method,
// so source_only, DANN and target_only can be set side by side.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace twb {

struct DomainProbe {
  double accuracy = 0.0;       // on the held-out half, balanced over the domains: 0.5 is chance
  double proxyADistance = 0.0; // 2 (1 - 2 err), clamped to [0, 2]
  std::size_t perDomain = 0;   // images of each domain used (trained on + held out); 0: not measured
};

// `source` and `target`: features, row-major, `dim` per image. Both domains give the
// same number of images (the smaller count); which ones train the probe and which are
// held out is fixed by `seed`. Fewer than 4 images in either domain: not measured.
DomainProbe probeDomains(const std::vector<float>& source, const std::vector<float>& target, std::size_t dim,
                         std::uint64_t seed);

} // namespace twb
