#!/usr/bin/env sh
# Builds the portal into site/. Extra arguments go to hubwatch, e.g. ./build.sh --base-path /hubwatch/
exec dotnet run --project "$(dirname "$0")/generator" -c Release -- build "$@"
