#!/usr/bin/env bash
# Installs what Transfer Workbench needs to build, run and test, from Debian 12's
# packages only. Idempotent: packages already present are skipped, so a second run
# costs a few seconds and needs no network.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config
  # core: LibTorch (CPU), OpenCV's three modules, JSON
  libtorch-dev
  # an optimised BLAS for LibTorch's linear layers: Debian 12 has only the reference
  # one otherwise, which made training about half as fast (`twb --version` says which
  # is in use); the alternatives system points libblas.so.3 at it
  libopenblas0-openmp
  libopencv-core-dev libopencv-imgproc-dev libopencv-imgcodecs-dev
  nlohmann-json3-dev zlib1g-dev
  # ui: Qt 6 Widgets, its tools (lrelease/lupdate), QCustomPlot's Qt 6 build
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libgl-dev libqcustomplot-dev libqcustomplot2.1-qt6
  # ui: Qt 6 Multimedia, which plays a speech dataset's utterances (its library,
  # libqt6multimedia6, brings the ffmpeg and GStreamer plugins; QAudioSink itself talks
  # to PulseAudio, and with no sound server the window says nothing can be played)
  qt6-multimedia-dev
  # data: digits.png and natural photos; Fashion-MNIST
  opencv-doc dataset-fashion-mnist
  # spoken-digits: the espeak-ng and Flite speech synthesisers, as libraries, and
  # espeak-ng's voices; sox only measures WAV files in checks by hand
  libespeak-ng-dev espeak-ng-data flite1-dev sox
  # fonts so the offscreen and Xvfb windows render text (Latin and CJK)
  fonts-dejavu-core fonts-noto-cjk
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
