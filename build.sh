#!/usr/bin/env sh
# Runs hubwatch from this clone (Release build). With no command it builds the portal into site/; the commands are
# those of hubwatch: ./build.sh check, ./build.sh serve, ./build.sh new partner <id>, ./build.sh --help.
# Extra options go to hubwatch too, e.g. ./build.sh --base-path /hubwatch/
#
# The generator is compiled only when a file of it is newer than the compiled program; otherwise the program runs
# at once (`dotnet run` would spend seconds asking MSBuild whether anything changed).
set -eu
root=$(cd "$(dirname "$0")" && pwd)
program="$root/generator/bin/Release/net10.0/hubwatch.dll"
if [ ! -f "$program" ] || [ -n "$(find "$root/generator" "$root/Directory.Build.props" -newer "$program" -type f \
    -not -path '*/bin/*' -not -path '*/obj/*' -print -quit)" ]; then
  dotnet build "$root/generator" -c Release --nologo -v q -clp:NoSummary >&2
fi
HUBWATCH_COMMAND=./build.sh exec dotnet "$program" "$@"
