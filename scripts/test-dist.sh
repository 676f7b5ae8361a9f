#!/usr/bin/env bash
# make test-dist: proves the .deb on a fresh system. A minimal Debian bookworm root (debootstrap, no Swift in
# it) gets the .deb the way the Dockerfile installs it — its COPY and RUN steps are run here, in a chroot —
# then `vigie checks`, `vigie audit` on the demo site, the GitHub Action's install script and the GitLab template's
# job (its before_script and script, read from the YAML) run inside it.
# Needs root (chroot, mounts) and Debian's mirror. The bare root is kept in .build/test-dist/ between runs.
set -euo pipefail
cd "$(dirname "$0")/.."
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
work=.build/test-dist
cache="$work/bookworm-minbase.tar"
deb=$(ls -t dist/vigie_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { echo "test-dist: no dist/vigie_*.deb (run make dist)" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "test-dist: needs root (chroot)" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "test-dist: debootstrap is not installed (apt-get install debootstrap)" >&2; exit 1; }
start=$(date +%s)
step() { echo "== test-dist [$(( $(date +%s) - start )) s] $*"; }

mkdir -p "$work"
if [ ! -s "$cache" ]; then
  step "debootstrap bookworm (minbase) from $MIRROR"
  rm -rf "$work/bootstrap"
  debootstrap --variant=minbase bookworm "$work/bootstrap" "$MIRROR" >"$work/debootstrap.log" 2>&1 \
    || { tail -20 "$work/debootstrap.log" >&2; exit 1; }
  tar -C "$work/bootstrap" -cf "$cache.part" . && mv "$cache.part" "$cache"
  rm -rf "$work/bootstrap"
fi

root="$work/root"
cleanup() {
  for m in dev/pts dev proc; do mountpoint -q "$root/$m" && umount -l "$root/$m"; done
  rm -rf "$root"
}
trap cleanup EXIT
cleanup
step "fresh root from $cache"
mkdir -p "$root"
tar -C "$root" -xf "$cache"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

# Outputs are read whole before grep -q: under pipefail a grep that stops early kills the writer with SIGPIPE.
if [ -n "$(in_root sh -c 'ls /usr/lib/swift /usr/lib/x86_64-linux-gnu/libswiftCore.so* /opt/swift 2>/dev/null' || true)" ]; then
  echo "test-dist: the fresh root has Swift in it" >&2; exit 1
fi

# The Dockerfile's steps, as docker would run them: COPY sources (globs, relative to the repository) into the
# root, RUN lines (with their continuation lines) through /bin/sh in the root.
step "Dockerfile steps in the root"
while IFS= read -r instruction; do
  case "$instruction" in
    COPY\ *)
      read -r -a parts <<<"${instruction#COPY }"
      dest="${parts[${#parts[@]}-1]}"
      for source in "${parts[@]:0:${#parts[@]}-1}"; do
        for file in $source; do cp "$file" "$root/$dest"; done
      done ;;
    RUN\ *) in_root /bin/sh -ec "${instruction#RUN }" ;;
    WORKDIR\ *) mkdir -p "$root/${instruction#WORKDIR }" ;;
  esac
done < <(sed -e ':a' -e '/\\$/N; s/\\\n//; ta' Dockerfile | grep -E '^(COPY|RUN|WORKDIR) ')

step "the installed package"
in_root dpkg -s vigie | grep -E '^(Status|Version|Depends):'
if in_root sh -c 'ldd /usr/bin/vigie' | grep -E 'libswift|libFoundation|libdispatch|libBlocksRuntime|not found'; then
  echo "test-dist: /usr/bin/vigie needs the libraries above" >&2; exit 1
fi
for file in /usr/share/man/man1/vigie.1.gz /usr/share/bash-completion/completions/vigie /usr/share/zsh/vendor-completions/_vigie \
  /usr/share/fish/vendor_completions.d/vigie.fish; do
  [ -s "$root$file" ] || { echo "test-dist: $file missing from the package" >&2; exit 1; }
done
man_page=$(zcat "$root/usr/share/man/man1/vigie.1.gz")
grep -q '^\.Sh OPTIONS\|^\.Sh DESCRIPTION' <<<"$man_page" \
  || { echo "test-dist: the man page has no DESCRIPTION section" >&2; exit 1; }
grep -q 'mentions l\\\[u00E9\]gales' <<<"$man_page" \
  || { echo "test-dist: the man page lost its accents" >&2; exit 1; }
in_root vigie --version

step "vigie checks (rule packs and checks compiled in)"
count=$(in_root sh -c 'cd / && vigie checks' | grep -c '^legal\.\|^cookies\.\|^nav\.\|^page\.' || true)
[ "$count" -gt 20 ] || { echo "test-dist: vigie checks listed $count checks" >&2; exit 1; }
echo "$count checks listed"

step "vigie audit on the demo site"
mkdir -p "$root/work/demo"
cp -R demo/. "$root/work/demo/"
in_root sh -c 'cd /work && vigie audit demo --quiet --format markdown --format json --output reports/demo.md'
grep -q '^## Synthèse' "$root/work/reports/demo.md" || { echo "test-dist: the demo report has no summary" >&2; exit 1; }
grep -q '"schema_version" : 1' "$root/work/reports/demo.json" || { echo "test-dist: the demo JSON report is malformed" >&2; exit 1; }
grep -m1 '^\*\*Score global' "$root/work/reports/demo.md"
set +e
in_root sh -c 'cd /work && vigie audit demo --quiet --fail-on error --output reports/gate.md'
gate=$?
set -e
[ "$gate" = 1 ] || { echo "test-dist: the gate on the demo (broken links, error) gave exit $gate, not 1" >&2; exit 1; }

step "the GitHub Action's install script, with the .deb as input"
in_root dpkg -r vigie >/dev/null
cp ci/github/install.sh "$root/tmp/install.sh"
cp "$deb" "$root/tmp/"
in_root env INPUT_DEB="/tmp/$(basename "$deb")" bash /tmp/install.sh
in_root vigie --version >/dev/null

step "the GitLab template's job (.vigie-audit) on the demo, with the .deb as VIGIE_DEB"
/usr/bin/python3 - ci/gitlab/vigie.gitlab-ci.yml >"$root/tmp/gitlab-job.sh" <<'PY'
import sys, yaml
job = yaml.safe_load(open(sys.argv[1]))[".vigie-audit"]
print("set -e")
print("\n".join(job["before_script"] + job["script"]))
PY
set +e
in_root env VIGIE_DEB="/tmp/$(basename "$deb")" VIGIE_SITES=demo VIGIE_FAIL_ON=error VIGIE_ARGS=--quiet \
  sh -c 'cd /work && rm -rf vigie-reports && sh /tmp/gitlab-job.sh'
job=$?
set -e
[ "$job" = 1 ] || { echo "test-dist: the GitLab job gave exit $job on the demo, not 1 (its gate)" >&2; exit 1; }
for file in audit.md audit.json audit.xml; do
  [ -s "$root/work/vigie-reports/$file" ] || { echo "test-dist: the GitLab job wrote no vigie-reports/$file" >&2; exit 1; }
done

step "passed in $(( $(date +%s) - start )) s"
