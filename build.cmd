@echo off
rem Runs hubwatch from this clone. With no command it builds the portal into site\; the commands are those of
rem hubwatch: build.cmd check, build.cmd serve, build.cmd new partner <id>, build.cmd --help.
rem
rem As build.sh does, the generator is compiled (ahead of time, ReadyToRun) only when a file of it is newer than the
rem compiled program; otherwise the program runs at once, without the seconds `dotnet run` spends asking MSBuild
rem whether anything changed. PowerShell, which Windows includes, compares the dates.
setlocal
set "root=%~dp0"
set "out=%~dp0generator\bin\run"
set "program=%~dp0generator\bin\run\hubwatch.dll"
powershell -NoProfile -Command "$p = $env:program; if (-not (Test-Path $p)) { exit 1 }; $t = (Get-Item $p).LastWriteTimeUtc; $newer = @(Get-Item (Join-Path $env:root 'Directory.Build.props')) + @(Get-ChildItem -Recurse -File (Join-Path $env:root 'generator') | Where-Object { $_.FullName -notmatch '[\\/](bin|obj)[\\/]' }) | Where-Object { $_.LastWriteTimeUtc -gt $t } | Select-Object -First 1; if ($newer) { exit 1 }"
if errorlevel 1 (
  dotnet publish "%root%generator" -c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true -o "%out%" --nologo -v q -clp:NoSummary 1>&2 || (
    echo build.cmd: compiling ahead of time failed ^(above^); building without it 1>&2
    dotnet publish "%root%generator" -c Release --self-contained false -o "%out%" --nologo -v q -clp:NoSummary 1>&2 || exit /b 1
  )
  powershell -NoProfile -Command "(Get-Item $env:program).LastWriteTimeUtc = [DateTime]::UtcNow"
)
set HUBWATCH_COMMAND=build.cmd
dotnet "%program%" %*
exit /b %errorlevel%
