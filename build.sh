#!/usr/bin/env sh
# Runs hubwatch from this clone. With no command it builds the portal into site/; the commands are those of
# hubwatch: ./build.sh check, ./build.sh serve, ./build.sh new partner <id>, ./build.sh --help.
# Extra options go to hubwatch too, e.g. ./build.sh --base-path /hubwatch/
#
# The generator is compiled only when a file of it is newer than the compiled program; otherwise the program runs
# at once (`dotnet run` would spend seconds asking MSBuild whether anything changed). It is compiled ahead of time
# for this machine (ReadyToRun), which makes a build take about a quarter less time than code compiled as it runs
# (bench/RESULTS.md, "The README's build command"); where that cannot be done, a plain Release build is used.
set -eu
root=$(cd "$(dirname "$0")" && pwd)
out="$root/generator/bin/run"
program="$out/hubwatch.dll"
if [ ! -f "$program" ] || [ -n "$(find "$root/generator" "$root/Directory.Build.props" -newer "$program" -type f \
    -not -path '*/bin/*' -not -path '*/obj/*' -print -quit)" ]; then
  if ! dotnet publish "$root/generator" -c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true \
      -o "$out" --nologo -v q -clp:NoSummary >&2; then
    echo "build.sh: compiling ahead of time failed (above); building without it" >&2
    dotnet publish "$root/generator" -c Release --self-contained false -o "$out" --nologo -v q -clp:NoSummary >&2
  fi
  touch "$program"
fi
HUBWATCH_COMMAND=./build.sh exec dotnet "$program" "$@"
