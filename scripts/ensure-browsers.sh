#!/usr/bin/env bash
# The real-browser tests use Debian's Chromium and Firefox ESR, never a browser downloaded by a test tool.
# Install them (and a CJK font for the Chinese screenshots) with apt-get when they are missing (as root, as CI runs); otherwise say what to run.
set -euo pipefail
missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || missing+=(firefox-esr)
# Chinese screenshots (README, store listing) need a CJK font, or every character is a box
[ -d /usr/share/fonts/opentype/noto ] && ls /usr/share/fonts/opentype/noto 2>/dev/null | grep -qi cjk || missing+=(fonts-noto-cjk)
# Firefox in Chinese (intl.locale.requested = zh-CN, tests/browser/languages-firefox.test.ts) needs its language pack;
# without it Firefox falls back to English and says so to the extension
[ -n "${FIREFOX_PATH:-}" ] || ls /usr/lib/firefox-esr/browser/extensions/ 2>/dev/null | grep -q 'langpack-zh-CN' || missing+=(firefox-esr-l10n-zh-cn)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ]; then
  echo "installing ${missing[*]} with apt-get (needed by the real-browser tests)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "The real-browser tests need Debian's ${missing[*]}: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
