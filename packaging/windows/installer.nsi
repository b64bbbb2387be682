; Windows installer of nctask-desktop (NSIS 3, Modern UI 2, MultiUser).
;
; Built by packaging/build.py, which passes (makensis /DNAME=VALUE):
;   VERSION, VERSION4 (a.b.c.d), DISPLAY_NAME, PUBLISHER, HOMEPAGE,
;   PAYLOAD   the PyInstaller bundle folder (nctask-desktop.exe, nctask.exe, nctask-demo.exe, _internal)
;   ICON      the .ico made by packaging/icons.py
;   FILETYPES an include file (written by build.py from packaging/buildinfo.py FILE_TYPES) defining
;             `!macro ForEachFileType MACRO` = `!insertmacro MACRO "png"` for every input extension
;   OUTFILE   where the installer goes
;
; - Per-user install without administrator rights (default: %LOCALAPPDATA%\Programs), or for all
;   users into Program Files when run by an administrator (choice page; /CurrentUser, /AllUsers).
; - Start-menu shortcut; desktop shortcut (optional, off by default); "Send to" entry.
; - "Open with" for the file kinds the app takes (OpenWithProgids and Applications\SupportedTypes:
;   offered, never taking over the user's default programs).
; - Uninstaller (Apps & Features), removing exactly what was installed.
; - Texts in English and German.

Unicode true
ManifestDPIAware true
; Release builds: solid LZMA (smallest). build.py --nsis-check passes COMPRESSOR=zlib (faster).
!define /ifndef COMPRESSOR "/SOLID lzma"
SetCompressor ${COMPRESSOR}

!macro Require NAME
  !ifndef ${NAME}
    !error "${NAME} is not defined: build the installer with packaging/build.py"
  !endif
!macroend
!insertmacro Require VERSION
!insertmacro Require DISPLAY_NAME
!insertmacro Require PAYLOAD
!insertmacro Require ICON
!insertmacro Require FILETYPES
!insertmacro Require OUTFILE
!define /ifndef VERSION4 "0.0.0.0"
!define /ifndef PUBLISHER "The nctask-desktop authors"
!define /ifndef HOMEPAGE "https://github.com/nctask/nctask-desktop"

!define APP_ID "nctask-desktop"
!define GUI_EXE "nctask-desktop.exe"
!define CLI_EXE "nctask.exe"
!define DEMO_EXE "nctask-demo.exe"
!define PROGID "nctask-desktop.InputFile"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define APP_KEY "Software\${APP_ID}"

Name "${DISPLAY_NAME}"
OutFile "${OUTFILE}"
BrandingText "${DISPLAY_NAME} ${VERSION}"

; --- install mode: per user (no admin) or all users ----------------------------------------------

!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_INSTALLMODE_DEFAULT_CURRENTUSER
!define MULTIUSER_INSTALLMODE_INSTDIR "${DISPLAY_NAME}"
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${APP_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallDir"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${APP_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!include MultiUser.nsh
!include MUI2.nsh
!include LogicLib.nsh
!include x64.nsh

; --- pages ---------------------------------------------------------------------------------------

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_REGISTRY_ROOT SHCTX
!define MUI_LANGDLL_REGISTRY_KEY "${APP_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_COMPONENTSPAGE_SMALLDESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${GUI_EXE}"
!define MUI_FINISHPAGE_LINK "${HOMEPAGE}"
!define MUI_FINISHPAGE_LINK_LOCATION "${HOMEPAGE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The app's languages: English (first: the default) and German.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString SEC_APP ${LANG_ENGLISH} "${DISPLAY_NAME} (required)"
LangString SEC_APP ${LANG_GERMAN} "${DISPLAY_NAME} (erforderlich)"
LangString SEC_APP_DESC ${LANG_ENGLISH} "The desktop app, the nctask command line and the Start menu entry."
LangString SEC_APP_DESC ${LANG_GERMAN} "Die Desktop-App, die Befehlszeile nctask und der Eintrag im Startmenü."
LangString SEC_DESKTOP ${LANG_ENGLISH} "Desktop shortcut"
LangString SEC_DESKTOP ${LANG_GERMAN} "Verknüpfung auf dem Desktop"
LangString SEC_DESKTOP_DESC ${LANG_ENGLISH} "Put a shortcut to ${DISPLAY_NAME} on the desktop."
LangString SEC_DESKTOP_DESC ${LANG_GERMAN} "Eine Verknüpfung zu ${DISPLAY_NAME} auf dem Desktop anlegen."
LangString SEC_FILES ${LANG_ENGLISH} "Open files with ${DISPLAY_NAME}"
LangString SEC_FILES ${LANG_GERMAN} "Dateien mit ${DISPLAY_NAME} öffnen"
LangString SEC_FILES_DESC ${LANG_ENGLISH} "Offer ${DISPLAY_NAME} in $\"Open with$\" and $\"Send to$\" for images, recordings, videos and text files. Your default programs stay as they are."
LangString SEC_FILES_DESC ${LANG_GERMAN} "${DISPLAY_NAME} unter $\"Öffnen mit$\" und $\"Senden an$\" für Bilder, Aufnahmen, Videos und Textdateien anbieten. Ihre Standardprogramme bleiben unverändert."
LangString FILE_TYPE_NAME ${LANG_ENGLISH} "Input file for ${DISPLAY_NAME}"
LangString FILE_TYPE_NAME ${LANG_GERMAN} "Eingabedatei für ${DISPLAY_NAME}"
LangString APP_COMMENT ${LANG_ENGLISH} "Run the AI tasks of your Nextcloud server"
LangString APP_COMMENT ${LANG_GERMAN} "KI-Aufgaben Ihres Nextcloud-Servers ausführen"
LangString NEEDS_64BIT ${LANG_ENGLISH} "${DISPLAY_NAME} needs a 64-bit Windows."
LangString NEEDS_64BIT ${LANG_GERMAN} "${DISPLAY_NAME} benötigt ein 64-Bit-Windows."
LangString APP_RUNNING ${LANG_ENGLISH} "${DISPLAY_NAME} is running. Please quit it, then click Retry."
LangString APP_RUNNING ${LANG_GERMAN} "${DISPLAY_NAME} läuft noch. Bitte beenden Sie es und klicken Sie dann auf Wiederholen."

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${DISPLAY_NAME}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${DISPLAY_NAME} Setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "AGPL-3.0-or-later"

; --- file types ----------------------------------------------------------------------------------

!include "${FILETYPES}"

; "Open with" for one extension; `!insertmacro ForEachFileType FileType` does every one.
!macro FileType EXT
  WriteRegStr SHCTX "Software\Classes\.${EXT}\OpenWithProgids" "${PROGID}" ""
  WriteRegStr SHCTX "Software\Classes\Applications\${GUI_EXE}\SupportedTypes" ".${EXT}" ""
!macroend
!macro UnFileType EXT
  DeleteRegValue SHCTX "Software\Classes\.${EXT}\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty SHCTX "Software\Classes\.${EXT}\OpenWithProgids"
  DeleteRegKey /ifempty SHCTX "Software\Classes\.${EXT}"
!macroend

; --- installer -----------------------------------------------------------------------------------

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "$(NEEDS_64BIT)" /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  !insertmacro MULTIUSER_INIT
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MULTIUSER_UNINIT
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "$(SEC_APP)" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An update replaces the whole bundle: no stale libraries from an older version.
  retry:
  ClearErrors
  Delete "$INSTDIR\${GUI_EXE}"
  ${If} ${Errors}
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(APP_RUNNING)" /SD IDCANCEL IDRETRY retry
    Abort
  ${EndIf}
  RMDir /r "$INSTDIR\_internal"
  File "${PAYLOAD}\${GUI_EXE}"
  File "${PAYLOAD}\${CLI_EXE}"
  File "${PAYLOAD}\${DEMO_EXE}"
  File /r "${PAYLOAD}\_internal"

  CreateShortCut "$SMPROGRAMS\${DISPLAY_NAME}.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0 SW_SHOWNORMAL "" "$(APP_COMMENT)"

  WriteRegStr SHCTX "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr SHCTX "${APP_KEY}" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${APP_KEY}" "Version" "${VERSION}"
  ; "App Paths": Win+R and `start nctask-desktop` find the app.
  WriteRegStr SHCTX "Software\Microsoft\Windows\CurrentVersion\App Paths\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}"

  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayName" "${DISPLAY_NAME}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINST_KEY}" "URLInfoAbout" "${HOMEPAGE}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${GUI_EXE},0"
  WriteRegStr SHCTX "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINST_KEY}" "UninstallString" "$\"$INSTDIR\uninstall.exe$\" /$MultiUser.InstallMode"
  WriteRegStr SHCTX "${UNINST_KEY}" "QuietUninstallString" "$\"$INSTDIR\uninstall.exe$\" /$MultiUser.InstallMode /S"
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD SHCTX "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

Section /o "$(SEC_DESKTOP)" SecDesktop
  CreateShortCut "$DESKTOP\${DISPLAY_NAME}.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0 SW_SHOWNORMAL "" "$(APP_COMMENT)"
SectionEnd

Section "$(SEC_FILES)" SecFiles
  WriteRegStr SHCTX "Software\Classes\${PROGID}" "" "$(FILE_TYPE_NAME)"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\${GUI_EXE},0"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\shell\open\command" "" "$\"$INSTDIR\${GUI_EXE}$\" $\"%1$\""
  WriteRegStr SHCTX "Software\Classes\Applications\${GUI_EXE}" "FriendlyAppName" "${DISPLAY_NAME}"
  WriteRegStr SHCTX "Software\Classes\Applications\${GUI_EXE}\shell\open\command" "" "$\"$INSTDIR\${GUI_EXE}$\" $\"%1$\""
  !insertmacro ForEachFileType FileType
  ; "Send to" lives in the user's profile, whatever the install mode.
  CreateShortCut "$SENDTO\${DISPLAY_NAME}.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0
  WriteRegDWORD SHCTX "${APP_KEY}" "FileTypes" 1
  ; Tell Explorer the associations changed (SHCNE_ASSOCCHANGED).
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp} "$(SEC_APP_DESC)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(SEC_DESKTOP_DESC)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecFiles} "$(SEC_FILES_DESC)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

; --- uninstaller ---------------------------------------------------------------------------------

Section "Uninstall"
  Delete "$SMPROGRAMS\${DISPLAY_NAME}.lnk"
  Delete "$DESKTOP\${DISPLAY_NAME}.lnk"
  Delete "$SENDTO\${DISPLAY_NAME}.lnk"

  ; File types: the same list, removed.
  !insertmacro ForEachFileType UnFileType
  DeleteRegKey SHCTX "Software\Classes\${PROGID}"
  DeleteRegKey SHCTX "Software\Classes\Applications\${GUI_EXE}"
  DeleteRegKey SHCTX "Software\Microsoft\Windows\CurrentVersion\App Paths\${GUI_EXE}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  ; Exactly what the installer put there (never a recursive delete of $INSTDIR itself).
  Delete "$INSTDIR\${GUI_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\${DEMO_EXE}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  DeleteRegKey SHCTX "${UNINST_KEY}"
  DeleteRegKey SHCTX "${APP_KEY}"
  ; The user's settings, history and keychain entries stay (a reinstall finds them).
SectionEnd
