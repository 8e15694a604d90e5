@echo off
rem Runs hubwatch from this clone (Release build). With no command it builds the portal into site\; the commands
rem are those of hubwatch: build.cmd check, build.cmd serve, build.cmd new partner <id>, build.cmd --help.
setlocal
set HUBWATCH_COMMAND=build.cmd
dotnet run --project "%~dp0generator" -c Release -- %*
