#!/usr/bin/env bash
# Installs the Debian packages the tests and the demo use, only when missing:
# chromium (e2e), firefox-esr (Firefox smoke test), poppler-utils (pdftotext/pdftoppm for PDF
# checks), fonts-liberation2 (the serif font embedded in pleadings).
# Called by `npm test`, `npm start` and .ci/run. When it cannot install (not root, no sudo, no
# apt-get) it stops at once with the exact command to run, instead of letting a test fail later.
set -euo pipefail
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v firefox-esr >/dev/null || need+=(firefox-esr)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
[ -f /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf ] || need+=(fonts-liberation2)
if [ ${#need[@]} -gt 0 ]; then
  cmd="apt-get update && apt-get install -y --no-install-recommends ${need[*]}"
  if ! command -v apt-get >/dev/null; then
    echo "Missing system packages: ${need[*]}. This machine has no apt-get; install them with its package manager." >&2
    exit 1
  fi
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then SUDO="sudo"; else
      echo "Missing system packages: ${need[*]}. Run as root:  $cmd" >&2
      exit 1
    fi
  fi
  echo "installing system packages: ${need[*]}"
  if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null; }; then
    echo "Could not install ${need[*]}. Run:  ${SUDO:+sudo }$cmd" >&2
    exit 1
  fi
fi
chromium --version 2>/dev/null | head -1 || true
firefox-esr --version 2>/dev/null || true
