; Inno Setup script of the Kelishim installer for Windows (Inno Setup 6).
; Built by bundle/build-windows.ps1 after bundle/build.py has made and smoke-tested
; dist\kelishim\:   ISCC.exe /DAppVersion=0.1.0 bundle\windows\kelishim.iss
;
; Per-user install without administrator rights, into %LOCALAPPDATA%\Programs\Kelishim, with a
; Start-menu entry. The registry, its attachments and backups live elsewhere, in the user's data
; folder (%LOCALAPPDATA%\Kelishim), which this installer never touches: uninstalling removes the
; program only, and a later install finds the registry again.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z kelishim.iss
#endif

[Setup]
AppId={{6C1E8E0B-4A52-4D8B-9F0B-2D6B1C9A5E11}
AppName=Kelishim
AppVersion={#AppVersion}
AppVerName=Kelishim {#AppVersion}
AppPublisher=The Kelishim authors
AppComments=Registry of signed international instruments
DefaultDirName={localappdata}\Programs\Kelishim
DefaultGroupName=Kelishim
DisableProgramGroupPage=yes
; no administrator rights; IT may still install for all users with /ALLUSERS
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
OutputDir=..\..\dist
OutputBaseFilename=kelishim-{#AppVersion}-setup
SetupIconFile=..\..\build\kelishim.ico
UninstallDisplayIcon={app}\kelishim-gui.exe
UninstallDisplayName=Kelishim {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
ru.DataKept=Реестр, вложения и резервные копии остаются в папке %1. Удалите её вручную, только если они больше не нужны.
en.DataKept=The registry, its attachments and backups stay in %1. Delete that folder yourself only if they are no longer needed.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\kelishim\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Kelishim"; Filename: "{app}\kelishim-gui.exe"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\Kelishim"; Filename: "{app}\kelishim-gui.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\kelishim-gui.exe"; Description: "{cm:LaunchProgram,Kelishim}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes only the files it installed, never the
; registry folder (%LOCALAPPDATA%\Kelishim) with the database, attachments and backups.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{localappdata}\Kelishim')]),
           mbInformation, MB_OK);
end;
