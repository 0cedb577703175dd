#pragma once
// Files compiled into the program (see cmake/EmbedResources.cmake). Internal to core.
namespace twb::embedded {

extern const char* const kShapesCsv;     // resources/attributes/shapes.csv
extern const char* const kGeneratorHash;
extern const char* const kSpeechGeneratorHash; // fingerprint of spoken-digits' code, on its own so that
                                               // editing it keeps the image domains' caches
extern const char* const kFashionCsv;    // resources/attributes/fashion.csv // fingerprint of the generated domains' code

} // namespace twb::embedded
