#!/usr/bin/env bash
# Body of `npm test`: find (or, as root, install) Chromium, build the site, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."

chromium=""
for c in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -n "$c" ] && [ -x "$c" ]; then chromium="$c"; break; fi
done

# A CJK font, so the Chinese pages are laid out (and screenshotted) with real glyphs.
need_font=""
if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then need_font=fonts-wqy-microhei; fi

if [ -z "$chromium" ] || [ -n "$need_font" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    pkgs="$need_font"
    [ -z "$chromium" ] && pkgs="chromium${pkgs:+ $pkgs}"
    echo "test.sh: installing Debian packages: $pkgs"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $pkgs >/dev/null
    [ -z "$chromium" ] && chromium=/usr/bin/chromium
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
