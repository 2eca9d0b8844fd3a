/**
 * The embed page: ?lang=en|zh goes to that language's address, ?theme=light|dark|auto picks the colours,
 * and the page tells a host page its height (see public/embed-resize.js). No cookies, no storage.
 */
const params = new URLSearchParams(location.search);
const lang = params.get('lang');
const isEn = location.pathname.startsWith('/en/');
if ((lang === 'en' && !isEn) || (lang === 'zh' && isEn)) {
  params.delete('lang');
  const path = lang === 'en' ? `/en${location.pathname}` : location.pathname.replace(/^\/en/, '');
  const query = params.toString();
  location.replace(path + (query ? `?${query}` : '') + location.hash);
}
const theme = params.get('theme');
if (theme === 'light' || theme === 'dark' || theme === 'auto') document.documentElement.dataset.theme = theme;

if (window.parent !== window) {
  let last = 0;
  const report = (): void => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'crackdown-embed-height', height, path: location.pathname }, '*');
  };
  new ResizeObserver(report).observe(document.documentElement);
  report();
}
