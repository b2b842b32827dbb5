#!/usr/bin/env bash
# Installs the Debian packages the tests and the demo use, only when missing:
# chromium (e2e), firefox-esr (Firefox smoke test), poppler-utils (pdftotext/pdftoppm for PDF
# checks), fonts-liberation2 (the serif font embedded in pleadings).
set -euo pipefail
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v firefox-esr >/dev/null || need+=(firefox-esr)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
[ -f /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf ] || need+=(fonts-liberation2)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
chromium --version 2>/dev/null | head -1 || true
firefox-esr --version 2>/dev/null || true
