// Runs before the page is drawn (index.html loads it `async blocking="render"`).
// 1. index.html holds the default article rendered at build time, so that its text shows at
//    once; on any other page (another article, the index, an embed) that HTML is hidden until
//    the app has rendered, instead of flashing the wrong article.
// 2. A link to an item of the default article (#/read/NAME/ITEM) shows that item as soon as the
//    page is parsed, as a browser does for a plain #id: scrolled to and focused, before the
//    app's script has run. The app then opens its card and reveals it again (RevealLinkedItem).
// 3. The article the page will show starts downloading now, alongside the app's script rather
//    than after it has run (the app's fetch of the same URL takes the preloaded response), and
//    so does the validator, unless the build validated this article. For the default article,
//    whose text is already in the page, once the page is drawn: starting a fetch costs the
//    page's only thread some 20 ms on a slow phone, and the app needs the file after that.
// Kept tiny and dependency-free; the URL rules are src/shared/app-url.ts's, in brief.
(function () {
  var meta = document.querySelector('meta[name="provenance-default-article"]');
  var defaultName = meta ? meta.getAttribute('content') : '';
  var path = location.hash.replace(/^#/, '').split('?')[0];
  var parts = path.split('/').filter(Boolean);
  var onDefault = parts.length === 0 || (parts[0] === 'read' && parts[1] === defaultName);
  if (!onDefault) document.documentElement.setAttribute('data-pv-page', 'other');
  else if (parts.length === 3 && /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(parts[2])) revealOnceParsed(parts[2]);

  var named = parts[0] === 'read' || parts[0] === 'embed' || parts[0] === 'negotiation';
  var name = parts.length === 0 ? defaultName : named ? parts[1] : '';
  if (!name || !/^[a-z0-9][a-z0-9-]{0,99}$/.test(name)) return;
  // As start.js: a hidden tab or a frame may draw nothing for a long time (and the app then
  // fetches the file itself), so there the preload starts at once.
  var drawsSoon = document.visibilityState !== 'hidden' && window.self === window.top;
  if (onDefault && drawsSoon)
    requestAnimationFrame(function () {
      setTimeout(preload, 0);
    });
  else preload();

  function preload() {
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = 'articles/' + name + '.json';
    document.head.appendChild(link);

    // An article the build did not validate is validated in the browser: fetch the validator too.
    var verified = document.querySelector('meta[name="provenance-verified-articles"]');
    var validator = document.querySelector('meta[name="provenance-validator"]');
    var entries = verified ? verified.getAttribute('content').split(/\s+/) : [];
    for (var i = 0; i < entries.length; i += 1) if (entries[i].split(':')[0] === name) return;
    if (!validator) return;
    var module = document.createElement('link');
    module.rel = 'modulepreload';
    module.href = validator.getAttribute('content');
    document.head.appendChild(module);
  }

  function revealOnceParsed(id) {
    var reveal = function () {
      // In the next frame: styles have applied, so the item has its place (and is not hidden).
      requestAnimationFrame(function () {
        var item = document.getElementById(id);
        var root = document.getElementById('root');
        if (!item || !root || !root.contains(item) || item.getClientRects().length === 0) return;
        item.scrollIntoView({ block: 'center' });
        if (!item.hasAttribute('tabindex')) item.setAttribute('tabindex', '-1');
        item.focus({ preventScroll: true });
      });
    };
    if (document.readyState !== 'loading') reveal();
    else
      document.addEventListener('readystatechange', function once() {
        document.removeEventListener('readystatechange', once);
        reveal();
      });
  }
})();
