/**
 * The embed page: ?lang=en|zh goes to that language's address (?theme= is read by the head script), and the page tells a host page its height (see public/embed-resize.js).
 */
const params = new URLSearchParams(location.search);
const lang = params.get('lang');
// The other language's address comes from the page's own hreflang links, so a sub-path mirror works too.
const other =
  (lang === 'zh' || lang === 'en') &&
  document.querySelector<HTMLLinkElement>(`link[hreflang="${lang === 'zh' ? 'zh-CN' : lang}"]`);
if (other && new URL(other.href).pathname !== location.pathname) {
  params.delete('lang');
  const query = params.toString();
  location.replace(new URL(other.href).pathname + (query ? `?${query}` : '') + location.hash);
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
