#!/bin/sh
# Installs the Debian 12 packages Coffer needs (only those missing), builds, and then:
#   run    starts the desktop app            (build/, optimised)
#   test   checks the formatting, builds with -Werror and runs every test through CTest
#          (build/, AddressSanitizer + UBSan, offscreen GUI)
#   bench  builds and runs the benchmarks    (build-bench/, optimised)
# Works as root, or as a user who may sudo.
set -eu
cd "$(dirname "$0")/.."

PACKAGES="build-essential cmake pkg-config git
qt6-base-dev libqt6svg6 qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
libsodium-dev libsqlcipher-dev sqlcipher libarchive-dev libzxcvbn-dev libssl-dev libicu-dev
python3 python3-jsonschema xvfb xauth clang-format poppler-utils fonts-dejavu-core"

missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing:$missing"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends $missing
fi

jobs=$(nproc)
case "${1:-}" in
run)
    cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOFFER_SANITIZE=OFF
    cmake --build build -j"$jobs"
    exec build/bin/coffer
    ;;
test)
    cmake -S . -B build -DCMAKE_BUILD_TYPE=Debug -DCOFFER_SANITIZE=ON -DCOFFER_WERROR=ON
    cmake --build build --target format-check
    cmake --build build -j"$jobs"
    cd build
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$jobs"
    ;;
bench)
    cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DCOFFER_SANITIZE=OFF
    cmake --build build-bench -j"$jobs"
    for b in build-bench/bench/*; do [ -x "$b" ] && "$b"; done
    ;;
*)
    echo "usage: installer/dev.sh run|test|bench" >&2
    exit 2
    ;;
esac
