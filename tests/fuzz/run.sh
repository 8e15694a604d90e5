#!/usr/bin/env bash
# Fuzzes the money parser, the date parser and the content loader + validator for a fixed time
# (default 10 minutes). Inputs that produced a new kind of diagnostic are kept in tests/fuzz/corpus/
# (replayed by the normal test suite); any unhandled exception goes to tests/fuzz/crashes/ and fails.
# "run.sh 0" trims the kept corpus to one input per kind of outcome.
#   tests/fuzz/run.sh [minutes]
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build tests/Hubwatch.Fuzz -c Release -v quiet -nologo >/dev/null
exec dotnet tests/Hubwatch.Fuzz/bin/Release/net10.0/Hubwatch.Fuzz.dll "${1:-10}" "$PWD"
