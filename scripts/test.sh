#!/usr/bin/env bash
# Runs every test of the platform on a fresh Debian machine: installs what is missing (PostgreSQL server
# binaries for the throwaway test cluster, Chromium and a CJK font for the browser tests), restores the
# .NET tools, runs the whole suite and prints "N passed, N failed" counted from the test results.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then missing+=(postgresql); fi
if ! command -v chromium >/dev/null 2>&1; then missing+=(chromium); fi
if ! fc-list 2>/dev/null | grep -qi "WenQuanYi Micro Hei"; then missing+=(fonts-wqy-microhei); fi
if ! command -v npm >/dev/null 2>&1; then missing+=(nodejs npm); fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

dotnet tool restore >/dev/null

results="$(pwd)/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

status=0
dotnet build Zhixin.slnx -v quiet -nologo || status=$?
# One project at a time, each with results of its own: run together, the projects' result files get the same
# timestamped name and one overwrites the other, and the counts below would miss a project's failures.
projects=(tests/*/*Tests.csproj)
for project in "${projects[@]}"; do
  name=$(basename "$project" .csproj)
  dotnet test --project "$project" --no-build --results-directory "$results/$name" --report-xunit-trx "$@" || status=$?
done

passed=0
failed=0
reports=0
for trx in "$results"/*/*.trx; do
  [ -e "$trx" ] || continue
  reports=$((reports + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done

if [ "$reports" -ne "${#projects[@]}" ]; then
  echo "only $reports result files for ${#projects[@]} test projects: a test run did not finish" >&2
  status=1
fi

echo "${passed} passed, ${failed} failed"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
