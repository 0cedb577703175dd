# Compiles resource files into core (so the programs need no install path) and
# fingerprints the generators of the built-in domains (so their cache is invalidated
# whenever a generator or its inputs change). Both are redone when any input changes.
# 16 hex digits that change whenever one of the files does; cmake reconfigures then.
function(twb_fingerprint out_var)
  set(all "")
  foreach(f ${ARGN})
    file(MD5 ${f} h)
    string(APPEND all ${h})
  endforeach()
  string(MD5 hash "${all}")
  string(SUBSTRING ${hash} 0 16 hash)
  set(${out_var} ${hash} PARENT_SCOPE)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${ARGN})
endfunction()

function(twb_embed_resources out_cpp)
  set(csv_file ${PROJECT_SOURCE_DIR}/resources/attributes/shapes.csv)
  file(READ ${csv_file} TWB_SHAPES_CSV)
  set(fashion_csv ${PROJECT_SOURCE_DIR}/resources/attributes/fashion.csv)
  file(READ ${fashion_csv} TWB_FASHION_CSV)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${fashion_csv})

  set(generator_files
    ${PROJECT_SOURCE_DIR}/core/data/DigitsDataset.cpp
    ${PROJECT_SOURCE_DIR}/core/data/DigitsM.cpp
    ${PROJECT_SOURCE_DIR}/core/data/SynDigits.cpp
    ${PROJECT_SOURCE_DIR}/core/data/Shapes.cpp
    ${PROJECT_SOURCE_DIR}/core/data/SynthRandom.h
    ${PROJECT_SOURCE_DIR}/core/base/Random.h
    ${csv_file})
  twb_fingerprint(TWB_GENERATOR_HASH ${generator_files})

  # spoken-digits keeps its own fingerprint: editing it leaves the image caches valid.
  set(speech_files
    ${PROJECT_SOURCE_DIR}/core/data/SpokenDigits.cpp
    ${PROJECT_SOURCE_DIR}/core/data/SpeechSynth.cpp
    ${PROJECT_SOURCE_DIR}/core/data/Spectrogram.cpp
    ${PROJECT_SOURCE_DIR}/core/data/Speech.h
    ${PROJECT_SOURCE_DIR}/core/data/SynthRandom.h
    ${PROJECT_SOURCE_DIR}/core/base/Random.h)
  twb_fingerprint(TWB_SPEECH_GENERATOR_HASH ${speech_files})

  configure_file(${PROJECT_SOURCE_DIR}/cmake/EmbeddedResources.cpp.in ${out_cpp} @ONLY)
endfunction()
