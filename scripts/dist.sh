#!/usr/bin/env bash
# make dist: a release binary with the Swift runtime linked in (--static-swift-stdlib), its man page and
# shell completions generated from the command-line definitions, packaged as a tarball and a .deb in dist/.
# The binary needs only Debian's runtime libraries (libcurl4, libxml2, libpsl5, zlib1g, libmimalloc2.0,
# libstdc++6, libc6): the .deb's Depends are computed from it by dpkg-shlibdeps.
#
#   scripts/dist.sh                 build and package        → dist/vigie_<version>_<arch>.deb, dist/vigie-<version>-linux-<arch>.tar.gz
#   scripts/dist.sh --install DIR   build and install under DIR (PREFIX layout: DIR/bin, DIR/share/man…)
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
SCRATCH=.build/dist
OUT=${DIST_DIR:-dist}

install_prefix=""
if [ "${1:-}" = --install ]; then install_prefix=${2:?--install needs a directory}; fi

# 1. The binary: release, Swift runtime static, symbols stripped (90 → 64 MB).
"$SWIFT" build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --product vigie
"$SWIFT" build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --product generate-manual
bin="$SCRATCH/release/vigie"
version=$("$bin" --version)

# No Swift library may be left to load: the package must run where no toolchain is installed.
if ldd "$bin" | grep -E 'libswift|libFoundation|libdispatch|libBlocksRuntime|lib_FoundationICU|not found'; then
  echo "dist: $bin still needs the libraries above" >&2
  exit 1
fi

# 2. The tree shared by the tarball, the .deb and `make install`: bin/, share/man, share/…/completions.
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
tree="$stage/tree"
mkdir -p "$tree/bin" "$tree/share/man/man1" "$tree/share/bash-completion/completions" \
  "$tree/share/zsh/vendor-completions" "$tree/share/fish/vendor_completions.d" "$tree/share/doc/vigie"
install -m 0755 "$bin" "$tree/bin/vigie"
strip "$tree/bin/vigie"
# The man page from the command definitions (swift-argument-parser's generate-manual, the tool behind its
# plugin), dated by the last commit so that two builds of the same commit give the same page.
date=$(git log -1 --format=%cs 2>/dev/null || date -u +%F)
# generate-manual drops every non-ASCII character (« légales » became « lgales »): it reads the help through a
# stand-in that spells them as ASCII tokens, which are then turned into roff's \[uXXXX] escapes.
mkdir -p "$stage/man"
"$bin" --experimental-dump-help | python3 -c '
import sys
sys.stdout.write("".join(c if ord(c) < 128 else "ZQU%04XQZ" % ord(c) for c in sys.stdin.read()))' >"$stage/help.json"
printf '#!/bin/sh\nexec cat "%s"\n' "$stage/help.json" >"$stage/vigie" && chmod +x "$stage/vigie"
"$SCRATCH/release/generate-manual" "$stage/vigie" --date "$date" --authors "Vigie" --output-directory "$stage/man"
python3 -c '
import re, sys
page = open(sys.argv[1]).read()
open(sys.argv[1], "w").write(re.sub(r"ZQU([0-9A-F]{4,6})QZ", lambda m: "\\[u" + m.group(1) + "]", page))' "$stage/man/vigie.1"
if grep -q 'ZQU' "$stage/man/vigie.1"; then echo "dist: the man page kept an encoded character" >&2; exit 1; fi
gzip -9n -c "$stage/man/vigie.1" >"$tree/share/man/man1/vigie.1.gz"
"$bin" --generate-completion-script bash >"$tree/share/bash-completion/completions/vigie"
"$bin" --generate-completion-script zsh >"$tree/share/zsh/vendor-completions/_vigie"
"$bin" --generate-completion-script fish >"$tree/share/fish/vendor_completions.d/vigie.fish"
install -m 0644 README.md "$tree/share/doc/vigie/README.md"
cat >"$tree/share/doc/vigie/copyright" <<'EOF'
Vigie — website auditor. Copyright the Vigie authors. Licensed under the Apache License, Version 2.0
(/usr/share/common-licenses/Apache-2.0 on Debian). The binary contains the Swift runtime and Foundation
(Apache-2.0 with Runtime Library Exception), swift-argument-parser (Apache-2.0) and Yams (MIT).
EOF

if [ -n "$install_prefix" ]; then
  mkdir -p "$install_prefix"
  cp -R "$tree/." "$install_prefix/"
  echo "Installed vigie $version under $install_prefix"
  exit 0
fi

arch=$(dpkg --print-architecture)
mkdir -p "$OUT"

# 3. The tarball: vigie-<version>/ with the prefix layout (untar into /usr/local with --strip-components=1).
name="vigie-$version-linux-$(uname -m)"
cp -R "$tree" "$stage/vigie-$version"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="$date" -C "$stage" -czf "$OUT/$name.tar.gz" "vigie-$version"

# 4. The .deb: the same tree under /usr, Depends from the binary's libraries (dpkg-shlibdeps).
# gzip rather than dpkg-deb's default xz: 24 MB instead of 16, in 11 s instead of 71 on this 2-core machine.
root="$stage/deb"
mkdir -p "$root/DEBIAN" "$root/usr"
cp -R "$tree/." "$root/usr/"
mkdir -p "$stage/shlibs/debian"
printf 'Source: vigie\n\nPackage: vigie\nArchitecture: any\n' >"$stage/shlibs/debian/control"
depends=$(cd "$stage/shlibs" && dpkg-shlibdeps -O -e "$root/usr/bin/vigie" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || { echo "dist: dpkg-shlibdeps found no dependencies" >&2; exit 1; }
cat >"$root/DEBIAN/control" <<EOF
Package: vigie
Version: $version
Architecture: $arch
Maintainer: Vigie <vigie@example.invalid>
Installed-Size: $(du -sk "$root/usr" | cut -f1)
Depends: $depends
Recommends: ca-certificates
Section: web
Priority: optional
Description: website auditor: French legal notices, cookies, calls to action, mobile, structure
 Vigie crawls a whole website (libcurl), reads every page (libxml2) and writes an
 evidenced report in French or English (Markdown, JSON, JUnit): the legal notices
 of a French site, cookie consent and trackers, calls to action, mobile readiness,
 the strengths and weaknesses of each page zone. Exit codes and a gate for CI.
EOF
deb="$OUT/vigie_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zgzip -z9 --build "$root" "$deb" >/dev/null
echo "Built $deb ($(du -h "$deb" | cut -f1)) and $OUT/$name.tar.gz ($(du -h "$OUT/$name.tar.gz" | cut -f1))"
echo "Depends: $depends"
