#!/usr/bin/env bash
# The GitHub Action's install step. INPUT_DEB: a path or an http(s) URL to a vigie .deb, installed with apt-get
# (which brings its Debian dependencies). Without it: a vigie already on PATH is kept; otherwise the .deb is
# built from the action's own source ($GITHUB_ACTION_PATH, `make dist`: needs a Swift toolchain) and installed.
set -euo pipefail
sudo=$([ "$(id -u)" = 0 ] || echo sudo)
deb=${INPUT_DEB:-}
if [ -z "$deb" ] && command -v vigie >/dev/null; then
  echo "vigie $(vigie --version) is already installed: $(command -v vigie)"
  exit 0
fi
if [ -z "$deb" ]; then
  source_dir=${GITHUB_ACTION_PATH:?no deb input and no GITHUB_ACTION_PATH to build from}
  make -C "$source_dir" dist
  deb=$(ls -t "$source_dir"/dist/vigie_*.deb | head -1)
fi
case "$deb" in
  http://* | https://*)
    file="${RUNNER_TEMP:-/tmp}/vigie.deb"
    curl -fsSL --retry 3 -o "$file" "$deb"
    deb=$file ;;
esac
[ -f "$deb" ] || { echo "::error::vigie package not found: $deb"; exit 1; }
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$(realpath "$deb")"
echo "vigie $(vigie --version) installed from $deb"
