/* Fits Crackdown Data iframes to their content: each embed page posts its height (src/client/embed.ts). */
(function () {
  if (window.crackdownEmbedResize) return;
  window.crackdownEmbedResize = true;
  window.addEventListener('message', function (ev) {
    var d = ev.data;
    if (!d || d.type !== 'crackdown-embed-height' || typeof d.height !== 'number') return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === ev.source) frames[i].style.height = d.height + 'px';
    }
  });
})();
