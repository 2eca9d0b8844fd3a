import { chromium } from 'playwright-core';
const [url, sel, out, width = '1280', theme = 'light', idx = '0'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: theme });
await page.goto(url, { waitUntil: 'networkidle' });
await page.locator(sel).nth(Number(idx)).screenshot({ path: out });
await browser.close();
