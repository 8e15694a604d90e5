@echo off
rem Builds the portal into site\. Extra arguments go to hubwatch, e.g. build.cmd --base-path /hubwatch/
dotnet run --project "%~dp0generator" -c Release -- build %*
