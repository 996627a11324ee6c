/*
 * Provenance embed loader: turns each placeholder into an iframe of the reader and keeps it
 * sized to its content. Dependency-free, ES2017, served as is from the reader's origin.
 *
 *   <div data-provenance-embed="https://reader.example/sub/path/" data-article="NAME"
 *        data-item="q-bewildered" data-view="reader|timeline|quotes|card"
 *        data-theme="host|light|dark|auto" data-accent="#0055aa" data-font="Georgia, serif"
 *        data-height="600" data-follow-host-hash="true" data-update-host-hash="false"
 *        data-sides="north-korea,china" data-kinds="request,rejection"></div>
 *   <script src="https://reader.example/sub/path/embed.js" defer referrerpolicy="no-referrer"></script>
 *
 * (`referrerpolicy`: on a host that sends `Referrer-Policy: unsafe-url`, the request for this
 * file would otherwise carry the host page's full address, query string included.)
 *
 * The embed gets only this page's origin (to post its height to) and an instance id: never
 * this page's address or title. Messages are accepted only from the frame this script made, at
 * the reader's origin, well formed. The host's fragment `#provenance=ITEM` opens ITEM in every
 * embed that follows it, and the host page scrolls to where the embed shows it. `host` (the
 * default theme) reads the colour of the page around the placeholder and follows it as it
 * changes. The format is README.md's "Embedding"; the embed side is
 * src/features/embed/embed-messages.ts.
 */
(function () {
  'use strict';

  var VERSION = 1;
  var MAX_HEIGHT = 100000;
  var VIEWS = ['reader', 'timeline', 'quotes', 'card'];
  var THEMES = ['host', 'auto', 'light', 'dark'];
  var TITLES = { reader: 'article', timeline: 'timeline', quotes: 'quotes', card: 'card' };
  var HEIGHTS = { reader: 800, timeline: 600, quotes: 600, card: 320 };
  var ARTICLE = /^[a-z0-9][a-z0-9-]{0,99}$/;
  var ITEM = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
  var INSTANCE = /^[A-Za-z0-9_-]{1,64}$/;
  // Timeline filters: comma-separated ids, passed on for the reader to check one by one.
  var LIST = /^[a-z0-9,-]{1,1000}$/;
  var ACCENT = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
  var FAMILY = '(?:[A-Za-z0-9][A-Za-z0-9 -]*|"[A-Za-z0-9 -]+"|\'[A-Za-z0-9 -]+\')';
  var FONT = new RegExp('^' + FAMILY + '(?:\\s*,\\s*' + FAMILY + ')*$');
  var HOST_HASH = /^#provenance=([a-z0-9-]{1,200})$/;

  // Loaded twice: the first copy does the work. A symbol, not a name such as
  // window.provenanceEmbeds, which any element with that id (wiki user content) makes truthy.
  var LOADED = Symbol.for('provenance.embeds');
  if (window[LOADED]) return;
  var embeds = [];
  Object.defineProperty(window, LOADED, { value: embeds });
  var counter = 0;

  function oneOf(list, value, fallback) {
    return list.indexOf(value) >= 0 ? value : fallback;
  }

  function flag(value, fallback) {
    if (value === 'true') return true;
    if (value === 'false') return false;
    return fallback;
  }

  function hostItem() {
    var match = HOST_HASH.exec(window.location.hash);
    return match && ITEM.test(match[1]) ? match[1] : null;
  }

  function readerBase(value) {
    try {
      var url = new URL(value, document.baseURI);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
      url.hash = '';
      return url;
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- `catch {}` is ES2019; this file is ES2017
    } catch (error) {
      return null;
    }
  }

  // The host page's colours, read where the embed sits: the first opaque background around it,
  // else the page's `color-scheme` (with the viewer's setting when the page allows both).
  function rgbOf(colour) {
    var match = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(colour);
    if (!match) return null;
    if (match[4] !== undefined && Number(match[4]) < 0.5) return null;
    return [Number(match[1]), Number(match[2]), Number(match[3])];
  }

  function luminance(rgb) {
    var linear = rgb.map(function (c) {
      var v = c / 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
  }

  function hostTheme(element) {
    for (var node = element; node && node.nodeType === 1; node = node.parentElement) {
      var rgb = rgbOf(getComputedStyle(node).backgroundColor);
      // Dark text on it reads at 4.5:1 or better above about 0.18: a light page.
      if (rgb) return luminance(rgb) < 0.18 ? 'dark' : 'light';
    }
    var scheme = getComputedStyle(document.documentElement).colorScheme || '';
    var dark = scheme.indexOf('dark') >= 0;
    if (dark && scheme.indexOf('light') >= 0)
      return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    return dark ? 'dark' : 'light';
  }

  function themeOf(embed) {
    if (embed.theme !== 'host') return embed.theme;
    return hostTheme(embed.iframe.parentElement || document.body);
  }

  function frameSrc(embed, item) {
    var params = new URLSearchParams();
    params.set('view', embed.view);
    embed.shownTheme = themeOf(embed);
    if (embed.shownTheme !== 'auto') params.set('theme', embed.shownTheme);
    if (embed.accent) params.set('accent', embed.accent);
    if (embed.font) params.set('font', embed.font);
    params.set('origin', window.location.origin);
    params.set('id', embed.id);
    if (embed.sides) params.set('sides', embed.sides);
    if (embed.kinds) params.set('kinds', embed.kinds);
    var path = '/embed/' + encodeURIComponent(embed.article);
    if (item) path += '/' + encodeURIComponent(item);
    var url = new URL(embed.base.href);
    url.hash = path + '?' + params.toString().replace(/%2C/g, ',');
    return url.href;
  }

  function mount(placeholder) {
    var data = placeholder.dataset;
    var base = readerBase(data.provenanceEmbed || '');
    var article = data.article || '';
    if (!base || !ARTICLE.test(article)) {
      placeholder.setAttribute('data-provenance-error', 'needs a reader URL and an article name');
      return;
    }
    var view = oneOf(VIEWS, data.view, 'reader');
    var given = data.item && ITEM.test(data.item) ? data.item : null;
    var height = Number(data.height);
    counter += 1;
    var embed = {
      id: 'provenance-' + counter,
      base: base,
      origin: base.origin,
      article: article,
      view: view,
      theme: oneOf(THEMES, data.theme, 'host'),
      shownTheme: 'auto',
      // The item the host's fragment asked for, until the embed says where it shows it.
      scrollTo: null,
      scrollAgain: null,
      accent: data.accent && ACCENT.test(data.accent) ? data.accent : '',
      font: data.font && data.font.length <= 200 && FONT.test(data.font.trim()) ? data.font.trim() : '',
      sides: data.sides && LIST.test(data.sides) ? data.sides : '',
      kinds: data.kinds && LIST.test(data.kinds) ? data.kinds : '',
      follow: flag(data.followHostHash, view !== 'card'),
      updateHost: flag(data.updateHostHash, false),
      ready: false,
      iframe: document.createElement('iframe'),
    };
    var asked = embed.follow ? hostItem() : null;
    // A card opens the snippet's item and is asked for the host's once it runs (it shows only
    // items that make a card); another view opens the host's item at once.
    var item = (view !== 'card' && asked) || given;
    embed.scrollTo = asked;
    var iframe = embed.iframe;
    iframe.title = 'Provenance: ' + TITLES[view];
    iframe.setAttribute(
      'sandbox',
      'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    );
    iframe.setAttribute('allow', 'clipboard-write');
    iframe.setAttribute('loading', 'lazy');
    iframe.setAttribute('referrerpolicy', 'no-referrer');
    iframe.className = 'provenance-embed';
    iframe.style.display = 'block';
    iframe.style.width = '100%';
    iframe.style.border = '0';
    iframe.style.height = (height > 0 && height <= MAX_HEIGHT ? height : HEIGHTS[view]) + 'px';
    // In the page before its address (the theme reads the colours around it), and lazy before
    // either: a frame given its address first would start loading at once, far below the fold too.
    placeholder.replaceWith(iframe);
    iframe.src = frameSrc(embed, item);
    embeds.push(embed);
  }

  function valid(data, embed) {
    return (
      data !== null &&
      typeof data === 'object' &&
      data.version === VERSION &&
      typeof data.id === 'string' &&
      INSTANCE.test(data.id) &&
      data.id === embed.id
    );
  }

  function post(embed, message) {
    message.version = VERSION;
    message.id = embed.id;
    if (embed.iframe.contentWindow) embed.iframe.contentWindow.postMessage(message, embed.origin);
  }

  // Scrolls the host page so that the point `top` px into the frame is near the window's top.
  function scrollHost(embed, top) {
    var wanted = window.scrollY + embed.iframe.getBoundingClientRect().top + top - 16;
    window.scrollTo(window.scrollX, Math.max(0, wanted));
    // The page may not be tall enough yet (the frame still growing): once more at its next size.
    embed.scrollAgain = Math.abs(window.scrollY - wanted) > 2 ? top : null;
  }

  function onMessage(event) {
    for (var i = 0; i < embeds.length; i += 1) {
      var embed = embeds[i];
      if (event.source !== embed.iframe.contentWindow) continue;
      if (event.origin !== embed.origin || !valid(event.data, embed)) return;
      var data = event.data;
      if (data.type === 'provenance:height') {
        var height = data.height;
        if (typeof height !== 'number' || !isFinite(height) || height < 0 || height > MAX_HEIGHT) return;
        var first = !embed.ready;
        embed.ready = true;
        embed.iframe.style.height = Math.ceil(height) + 'px';
        if (first && embed.scrollTo) {
          var type = embed.view === 'card' ? 'provenance:open' : 'provenance:locate';
          post(embed, { type: type, item: embed.scrollTo });
        }
        if (embed.scrollAgain !== null) scrollHost(embed, embed.scrollAgain);
      } else if (data.type === 'provenance:selected') {
        if (typeof data.item !== 'string' || !ITEM.test(data.item) || !embed.updateHost) return;
        // Replace, so the host's history gains no entry and no hashchange comes back.
        history.replaceState(history.state, '', '#provenance=' + data.item);
      } else if (data.type === 'provenance:position') {
        if (data.item !== embed.scrollTo || typeof data.top !== 'number' || !isFinite(data.top)) return;
        if (data.top < 0 || data.top > MAX_HEIGHT) return;
        embed.scrollTo = null;
        scrollHost(embed, data.top);
      }
      return;
    }
  }

  function onHashChange() {
    var item = hostItem();
    if (!item) return;
    embeds.forEach(function (embed) {
      if (!embed.follow) return;
      embed.scrollTo = item;
      if (embed.ready) post(embed, { type: 'provenance:open', item: item });
      else if (embed.view !== 'card') embed.iframe.src = frameSrc(embed, item);
    });
  }

  // A host page that switches between light and dark: each embed that follows it switches too.
  function onHostColours() {
    embeds.forEach(function (embed) {
      if (embed.theme !== 'host') return;
      var theme = themeOf(embed);
      if (theme === embed.shownTheme) return;
      embed.shownTheme = theme;
      if (embed.ready) post(embed, { type: 'provenance:theme', theme: theme });
    });
  }

  function watchHostColours() {
    var observer = new MutationObserver(onHostColours);
    var options = {
      attributes: true,
      attributeFilter: ['class', 'style', 'data-theme', 'data-color-scheme'],
    };
    observer.observe(document.documentElement, options);
    if (document.body) observer.observe(document.body, options);
    var media = window.matchMedia('(prefers-color-scheme: dark)');
    if (media.addEventListener) media.addEventListener('change', onHostColours);
  }

  function start() {
    var placeholders = document.querySelectorAll('[data-provenance-embed]');
    Array.prototype.forEach.call(placeholders, mount);
    watchHostColours();
  }

  window.addEventListener('message', onMessage);
  window.addEventListener('hashchange', onHashChange);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
