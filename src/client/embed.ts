/**
 * The embed page: ?lang=en|zh goes to that language's address (?theme= is read by the head script), and the page tells a host page its height (see public/embed-resize.js).
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
