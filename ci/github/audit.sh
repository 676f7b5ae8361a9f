#!/usr/bin/env bash
# The GitHub Action's audit step: `vigie audit` on INPUT_SITES (URLs or folders, space-separated) with the
# gate (INPUT_FAIL_ON, INPUT_MIN_SCORE, INPUT_BASELINE), Markdown, JSON and JUnit reports in INPUT_OUTPUT_DIR
# (default $GITHUB_WORKSPACE/vigie-reports). vigie itself appends the summary to GITHUB_STEP_SUMMARY.
# Writes `exit-code` and `reports` to GITHUB_OUTPUT and always succeeds: the action's last step applies the
# exit code, after the reports were uploaded.
set -uo pipefail
read -r -a sites <<<"${INPUT_SITES:-}"
if [ ${#sites[@]} -eq 0 ]; then echo "::error::the 'sites' input is empty"; exit 2; fi
out=${INPUT_OUTPUT_DIR:-${GITHUB_WORKSPACE:-$PWD}/vigie-reports}
mkdir -p "$out"
args=(audit "${sites[@]}" --format markdown --format json --format junit)
# One site: reports named audit.md / audit.json / audit.xml; several: one file each in the folder.
if [ ${#sites[@]} -eq 1 ]; then args+=(--output "$out/audit.md"); else args+=(--output "$out"); fi
[ -n "${INPUT_FAIL_ON:-}" ] && args+=(--fail-on "$INPUT_FAIL_ON")
[ -n "${INPUT_MIN_SCORE:-}" ] && args+=(--min-score "$INPUT_MIN_SCORE")
[ -n "${INPUT_BASELINE:-}" ] && args+=(--baseline "$INPUT_BASELINE")
[ -n "${INPUT_COMPARE_TO:-}" ] && args+=(--compare-to "$INPUT_COMPARE_TO")
[ -n "${INPUT_PROFILE:-}" ] && args+=(--profile "$INPUT_PROFILE")
[ -n "${INPUT_LANG:-}" ] && args+=(--lang "$INPUT_LANG")
read -r -a extra <<<"${INPUT_ARGS:-}"
args+=("${extra[@]}")
echo "vigie ${args[*]}"
vigie "${args[@]}"
code=$?
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  { echo "exit-code=$code"; echo "reports=$out"; } >>"$GITHUB_OUTPUT"
fi
case $code in
  0) echo "Vigie: the gate passed." ;;
  1) echo "::error::Vigie: the gate failed (see the reasons above and the job summary)." ;;
  *) echo "::error::Vigie stopped with exit code $code (2: usage or configuration, 3: site unreachable, 4: report not written)." ;;
esac
exit 0
