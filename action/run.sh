#!/usr/bin/env bash
# The Action's check step: annotations on stdout (--format github), a Markdown table appended to the job
# summary, any further outputs the `formats` input names; the exit code is assess's (1 findings, 2 could not
# check), so the step fails as `fail-on` says.
set -uo pipefail
: "${ASSESS_BIN:?ASSESS_BIN is not set: the install step did not run}"
summary="$(mktemp)"
args=(scan --no-progress --fail-on "${INPUT_FAIL_ON:-error}" --format github --format "markdown:$summary")
[ -n "${INPUT_BASELINE:-}" ] && args+=(--baseline "$INPUT_BASELINE")
for f in ${INPUT_FORMATS:-}; do args+=(--format "$f"); done
read -r -d '' -a paths <<< "${INPUT_PATHS:-.}" || true
node "$ASSESS_BIN" "${args[@]}" -- "${paths[@]}"
status=$?
if [ -n "${GITHUB_STEP_SUMMARY:-}" ] && [ -s "$summary" ]; then cat "$summary" >> "$GITHUB_STEP_SUMMARY"; fi
rm -f "$summary"
exit "$status"
