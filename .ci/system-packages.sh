#!/usr/bin/env bash
# Debian's packages the suites use, installed when missing; nothing downloads
# a browser or a binary of its own:
# - chromium: print-to-PDF, the admin's browser tests, the install test
# - poppler-utils: pdftotext, to read the printed PDF
# - varnish + varnish-modules (xkey): the CDN suite
# - faketime: instances whose clocks are wrong, for the scheduler
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v varnishd >/dev/null 2>&1 || [ -x /usr/sbin/varnishd ] || missing+=(varnish)
ls /usr/lib/x86_64-linux-gnu/varnish/vmods/libvmod_xkey.so >/dev/null 2>&1 || missing+=(varnish-modules)
command -v faketime >/dev/null 2>&1 || missing+=(faketime)
if [ ${#missing[@]} -gt 0 ]; then
  echo "[ci] installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
chromium --version
/usr/sbin/varnishd -V 2>&1 | head -n 1
