/* talkgraph related-posts box: <script src="https://TALKGRAPH/embed.js" data-post="post:id" async></script>
   (or no data-post: the page's own URL). No dependencies; styles isolated in a Shadow DOM;
   every text set as text; only http(s) links; light and dark themes (data-theme="light|dark",
   default: the reader's prefers-color-scheme); reasons in plain words; fails quietly (a console
   warning, no box) when the API is down or does not know the post. Also resizes talkgraph
   iframes on the page to their content (the iframe variant posts its height). */
(function () {
  var script = document.currentScript;
  if (!script) return;
  var data = script.dataset;
  // data-api: where the API lives when the script is served from elsewhere (a CDN).
  var api = data.api || new URL(script.src).origin;
  var limit = Number(data.limit) || 5;
  // data-sites="my-blog,planet": only posts from these sites (site names, as in post ids; "*" for all).
  var sites = data.sites
    ? '&sites=' +
      encodeURIComponent(
        data.sites
          .split(/[\s,]+/)
          .filter(Boolean)
          .join(','),
      )
    : '';
  var url = data.post
    ? api + '/api/posts/' + encodeURIComponent(data.post) + '/related?limit=' + limit + sites
    : api +
      '/api/posts/related?limit=' +
      limit +
      sites +
      '&url=' +
      encodeURIComponent(data.url || location.href.split('#')[0]);
  var light = 'color:#1d2330;--a:#1f5fbf;--m:#525a69;--b:#dde2ea;--bg:#f8f9fb';
  var dark = 'color:#e6e9ef;--a:#8db4ff;--m:#aab1bf;--b:#3a4150;--bg:#1b1f27';
  var theme = data.theme === 'dark' || data.theme === 'light' ? data.theme : 'auto';
  var css =
    ':host{all:initial;display:block;margin:1.5em 0;font:15px/1.45 system-ui,sans-serif;' +
    (theme === 'dark' ? dark : light) +
    '}' +
    (theme === 'auto' ? '@media (prefers-color-scheme: dark){:host{' + dark + '}}' : '') +
    'aside{border:1px solid var(--b);border-radius:8px;padding:.75em 1em;background:var(--bg)}' +
    'h2{font-size:1.05em;margin:0 0 .5em}ul{margin:0;padding-left:1.1em}li{margin:.35em 0}' +
    'a{color:var(--a)}small{display:block;color:var(--m);font-size:.85em}';

  function el(tag, text) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    return node;
  }

  /** Only http(s) URLs (relative ones resolved against this page) become links. */
  function safe(href) {
    try {
      var u = new URL(href, location.href);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  function and(xs) {
    return xs.length <= 1 ? xs.join('') : xs.slice(0, -1).join(', ') + ' and ' + xs[xs.length - 1];
  }

  /** "shares: Xen, credit2" → "Also about Xen and credit2"; "same event: X" → "Also from X". */
  function plain(reasons) {
    return (reasons || [])
      .map(function (r) {
        var i = r.indexOf(':');
        var kind = i < 0 ? r : r.slice(0, i);
        var rest = i < 0 ? '' : r.slice(i + 1).trim();
        if (kind === 'shares') return 'Also about ' + and(rest.split(/,\s*/));
        if (kind === 'same event') return 'Also from ' + rest;
        if (kind === 'same event series') return 'From another ' + rest;
        if (r === 'similar text') return 'Covers a similar subject';
        if (r === 'a few words in common') return 'Loosely related';
        return r;
      })
      .join('. ');
  }

  function render(items) {
    if (!items || !items.length) return;
    var host = el('div');
    host.className = 'talkgraph-related';
    if (theme !== 'auto') host.setAttribute('data-theme', theme);
    var root = host.attachShadow({ mode: 'open' });
    var style = el('style');
    style.textContent = css;
    var box = el('aside');
    box.setAttribute('aria-label', data.title || 'Related posts');
    box.appendChild(el('h2', data.title || 'Related posts'));
    var list = el('ul');
    items.forEach(function (item) {
      var li = el('li');
      var href = item.url ? safe(item.url) : null;
      var link = el(href ? 'a' : 'span', item.title);
      if (href) link.href = href;
      li.appendChild(link);
      var why = plain(item.reasons) || item.why;
      if (why) li.appendChild(el('small', why));
      list.appendChild(li);
    });
    box.appendChild(list);
    root.appendChild(style);
    root.appendChild(box);
    script.parentNode.insertBefore(host, script.nextSibling);
  }

  // The iframe variant reports its height; the frame follows its content instead of a fixed size.
  if (!window.__talkgraphFrames) {
    window.__talkgraphFrames = true;
    window.addEventListener('message', function (ev) {
      if (!ev.data || ev.data.talkgraph !== 'height') return;
      var frames = document.querySelectorAll('iframe');
      for (var i = 0; i < frames.length; i++) {
        if (frames[i].contentWindow === ev.source) {
          var h = Math.max(0, Math.min(4000, Number(ev.data.height) || 0));
          frames[i].style.height = h + 'px';
          frames[i].style.border = h ? frames[i].style.border : '0';
        }
      }
    });
  }
  if (data.frameOnly !== undefined) return;

  fetch(url, { credentials: 'omit' })
    .then(function (res) {
      if (res.status === 404) throw new Error('this post is not known to talkgraph');
      if (!res.ok) throw new Error('HTTP ' + res.status);
      return res.json();
    })
    .then(function (body) {
      render(body.related);
    })
    .catch(function (err) {
      console.warn('talkgraph: no related posts (' + err.message + ')');
    });
})();
