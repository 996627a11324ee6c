// Runs before the page is drawn. index.html holds the default article rendered at build time,
// so that its text shows at once; on any other page (another article, the index, an embed)
// that HTML is hidden until the app has rendered, instead of flashing the wrong article.
// Kept tiny and dependency-free: it blocks the first paint for as long as it takes to run.
(function () {
  var meta = document.querySelector('meta[name="provenance-default-article"]');
  var name = meta ? meta.getAttribute('content') : '';
  var path = location.hash.replace(/^#/, '').split('?')[0];
  var parts = path.split('/').filter(Boolean);
  var defaultArticle = parts.length === 0 || (parts[0] === 'read' && parts[1] === name);
  if (!defaultArticle) document.documentElement.setAttribute('data-pv-page', 'other');
})();
