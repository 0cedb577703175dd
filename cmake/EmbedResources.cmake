# Compiles resource files into core (so the programs need no install path) and
# fingerprints the generators of the built-in domains (so their cache is invalidated
# whenever a generator or its inputs change). Both are redone when any input changes.
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
  set(all "")
  foreach(f ${generator_files})
    file(MD5 ${f} h)
    string(APPEND all ${h})
  endforeach()
  string(MD5 TWB_GENERATOR_HASH "${all}")
  string(SUBSTRING ${TWB_GENERATOR_HASH} 0 16 TWB_GENERATOR_HASH)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${generator_files})

  # spoken-digits keeps its own fingerprint: editing it leaves the image caches valid.
  set(speech_files
    ${PROJECT_SOURCE_DIR}/core/data/SpokenDigits.cpp
    ${PROJECT_SOURCE_DIR}/core/data/SpeechSynth.cpp
    ${PROJECT_SOURCE_DIR}/core/data/Spectrogram.cpp
    ${PROJECT_SOURCE_DIR}/core/data/Speech.h
    ${PROJECT_SOURCE_DIR}/core/data/SynthRandom.h
    ${PROJECT_SOURCE_DIR}/core/base/Random.h)
  set(all "")
  foreach(f ${speech_files})
    file(MD5 ${f} h)
    string(APPEND all ${h})
  endforeach()
  string(MD5 TWB_SPEECH_GENERATOR_HASH "${all}")
  string(SUBSTRING ${TWB_SPEECH_GENERATOR_HASH} 0 16 TWB_SPEECH_GENERATOR_HASH)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${speech_files})

  configure_file(${PROJECT_SOURCE_DIR}/cmake/EmbeddedResources.cpp.in ${out_cpp} @ONLY)
endfunction()
