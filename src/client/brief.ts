import { HANDED_OUT_PATH } from '../lib/urls.ts';

/** The briefing sheet's print button (shown only when scripts run). */
const button = document.getElementById('print');
if (button) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}

// The print date and the citation's access date are the reader's today, filled in when the sheet opens.
const now = new Date();
const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
  .map((n) => String(n).padStart(2, '0'))
  .join('-');
for (const el of document.querySelectorAll('[data-accessed]')) {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    node.textContent = (node.textContent ?? '').split('YYYY-MM-DD').join(today);
}

// A build without a public address (no SITE_URL) prints paths: complete them with the address the
// sheet is opened at, and draw the QR code to it then (uqr loads only for such a sheet).
for (const el of document.querySelectorAll('[data-origin]')) {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    node.textContent = (node.textContent ?? '').replace(
      HANDED_OUT_PATH,
      (_, before: string) => `${before}${location.origin}/`,
    );
}
const qr = document.getElementById('qr');
if (qr)
  void import('uqr').then(({ renderSVG }) => {
    qr.innerHTML = renderSVG(`${location.origin}${location.pathname}`, { border: 1 });
  });
