#!/usr/bin/env sh
# Runs hubwatch from this clone (Release build). With no command it builds the portal into site/; the commands are
# those of hubwatch: ./build.sh check, ./build.sh serve, ./build.sh new partner <id>, ./build.sh --help.
# Extra options go to hubwatch too, e.g. ./build.sh --base-path /hubwatch/
HUBWATCH_COMMAND=./build.sh exec dotnet run --project "$(dirname "$0")/generator" -c Release -- "$@"
