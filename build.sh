#!/usr/bin/env sh
# Runs hubwatch from this clone. With no command it builds the portal into site/; the commands are those of
# hubwatch: ./build.sh check, ./build.sh serve, ./build.sh new partner <id>, ./build.sh --help.
# Extra options go to hubwatch too, e.g. ./build.sh --base-path /hubwatch/
#
# The generator is compiled only when a file of it is newer than the compiled program; otherwise the program runs
# at once (`dotnet run` would spend seconds asking MSBuild whether anything changed). It is compiled to machine code
# for this machine (Native AOT), so that nothing is compiled while it runs: the portal builds in about 0.7 s instead
# of 1.4 s (bench/RESULTS.md, "Compiled to machine code"). That takes a C compiler (clang or gcc) and a minute and a
# half once; without one, or if it fails, the generator is compiled ahead of time for .NET (ReadyToRun), and where
# that cannot be done either, a plain Release build is used.
set -eu
root=$(cd "$(dirname "$0")" && pwd)
out="$root/generator/bin/run"
stamp="$out/.compiled"
# Compiles the generator into $out, emptied first, with the options given.
publish() {
  rm -rf "$out"
  dotnet publish "$root/generator" -c Release -o "$out" --nologo -v q -clp:NoSummary "$@" >&2
}
if [ ! -f "$stamp" ] || [ -n "$(find "$root/generator" "$root/Directory.Build.props" -newer "$stamp" -type f \
    -not -path '*/bin/*' -not -path '*/obj/*' -print -quit)" ]; then
  # Dated before the compile starts, so that a file saved while it runs is newer and compiled the next time.
  compiling="$root/generator/bin/.compiling"
  mkdir -p "$root/generator/bin" && touch "$compiling"
  echo "build.sh: compiling the generator for this machine; this takes a minute or two, once after each change to its code" >&2
  if { command -v clang || command -v gcc; } >/dev/null 2>&1 && publish --use-current-runtime -p:PublishAot=true; then
    how="machine code (Native AOT)"
  else
    echo "build.sh: compiling to machine code was not possible (no clang or gcc, or the error above); compiling ahead of time for .NET instead" >&2
    if publish --use-current-runtime --self-contained false -p:PublishReadyToRun=true; then
      how="ReadyToRun"
    else
      echo "build.sh: compiling ahead of time failed (above); building without it" >&2
      publish --self-contained false
      how="plain Release build"
    fi
  fi
  # The stamp says how the program was compiled (the tests check it is machine code where a C compiler is), and
  # bears the time the compile started.
  echo "$how" > "$stamp"
  touch -r "$compiling" "$stamp"
  rm -f "$compiling"
fi
# Compiled to machine code, the program is hubwatch itself; otherwise it is hubwatch.dll, run by dotnet.
if [ -f "$out/hubwatch.dll" ]; then
  HUBWATCH_COMMAND=./build.sh exec dotnet "$out/hubwatch.dll" "$@"
fi
HUBWATCH_COMMAND=./build.sh exec "$out/hubwatch" "$@"
