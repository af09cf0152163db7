# The Windows bundle and installer, from the project's root in PowerShell:
#     .\bundle\build-windows.ps1
# Needs Python 3.11+ (python on PATH, or $env:PYTHON) and Inno Setup 6 (ISCC.exe). Leaves
# dist\kelishim\ (kelishim.exe for the command line, kelishim-gui.exe for the window), the zip
# dist\kelishim-VERSION-windows-x86_64.zip and the installer dist\kelishim-VERSION-setup.exe.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$python = if ($env:PYTHON) { $env:PYTHON } else { "python" }

& $python bundle\build.py @args
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }

$version = (Select-String -Path app\version.py -Pattern '__version__ = "([^"]+)"').Matches[0].Groups[1].Value
$iscc = @($env:ISCC, "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
          "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
if (-not $iscc) { throw "Inno Setup 6 (ISCC.exe) not found: install it, or set ISCC to its path" }
& $iscc "/DAppVersion=$version" bundle\windows\kelishim.iss
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
Write-Host "build: dist\kelishim-$version-setup.exe"
