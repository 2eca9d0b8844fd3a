#!/usr/bin/env bash
# Body of `npm test`: find (or, as root, install) Chromium, nginx and rsync, build the site, run
# every test. nginx serves dist/ through docs/nginx.conf in tests/site/nginx.test.ts and
# tests/browser/nginx.test.ts (on a loopback port of their own); rsync is what `npm run deploy -- rsync` runs.
set -euo pipefail
cd "$(dirname "$0")/.."

chromium=""
for c in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -n "$c" ] && [ -x "$c" ]; then chromium="$c"; break; fi
done

# A CJK font, so the Chinese pages are laid out (and screenshotted) with real glyphs.
need_font=""
if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then need_font=fonts-wqy-microhei; fi

# Debian's nginx (the tests start their own, from /usr/sbin/nginx) and rsync.
need_tools=""
[ -x "${NGINX_PATH:-/usr/sbin/nginx}" ] || need_tools="nginx"
command -v rsync >/dev/null 2>&1 || need_tools="${need_tools:+$need_tools }rsync"

if [ -z "$chromium" ] || [ -n "$need_font" ] || [ -n "$need_tools" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    pkgs=""
    [ -z "$chromium" ] && pkgs="chromium"
    for p in $need_font $need_tools; do pkgs="${pkgs:+$pkgs }$p"; done
    echo "test.sh: installing Debian packages: $pkgs"
    export DEBIAN_FRONTEND=noninteractive
    # Installing nginx must not start the system's nginx on port 80: a policy-rc.d that refuses
    # every service start, for the length of the install (unless the machine has one already).
    policy=""
    if [ ! -e /usr/sbin/policy-rc.d ]; then
      policy=/usr/sbin/policy-rc.d
      printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy"
      trap 'rm -f "$policy"' EXIT
    fi
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $pkgs >/dev/null
    if [ -n "$policy" ]; then rm -f "$policy"; trap - EXIT; fi
    [ -z "$chromium" ] && chromium=/usr/bin/chromium
  elif [ -n "$need_tools" ]; then
    echo "test.sh: $need_tools not found: run 'sudo apt-get install $need_tools' (the nginx and deploy tests need them)" >&2
    exit 1
  elif [ -z "$chromium" ]; then
    echo "test.sh: Chromium not found: run 'sudo apt-get install chromium' or set CHROMIUM_PATH to a Chromium binary" >&2
    exit 1
  else
    echo "test.sh: note: no Chinese font installed (sudo apt-get install fonts-wqy-microhei); zh screenshots will show boxes" >&2
  fi
fi

export CHROMIUM_PATH="$chromium"
# Test tools must never download a browser of their own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1

npm run check
npm run build
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json || status=$?
# One plain closing line with the counts, for readers and CI alike.
node -e 'const r = require("./test-results/vitest.json");
  console.log(`vitest: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`)' || true
exit "$status"
