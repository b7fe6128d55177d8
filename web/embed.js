/* talkgraph related-posts box: <script src="https://TALKGRAPH/embed.js" data-post="post:id" async></script>
   (or no data-post: the page's own URL). No dependencies; styles isolated in a Shadow DOM;
   every text set as text; fails quietly (a console warning, no box) when the API is down. */
(function () {
  var script = document.currentScript;
  if (!script) return;
  var data = script.dataset;
  // data-api: where the API lives when the script is served from elsewhere (a CDN).
  var api = data.api || new URL(script.src).origin;
  var limit = Number(data.limit) || 5;
  var url = data.post
    ? api + '/api/posts/' + encodeURIComponent(data.post) + '/related?limit=' + limit
    : api + '/api/posts/related?limit=' + limit + '&url=' + encodeURIComponent(data.url || location.href.split('#')[0]);
  var css =
    ':host{all:initial;display:block;margin:1.5em 0;font:15px/1.45 system-ui,sans-serif;color:#1d2330}' +
    'aside{border:1px solid #dde2ea;border-radius:8px;padding:.75em 1em;background:#f8f9fb}' +
    'h2{font-size:1.05em;margin:0 0 .5em}ul{margin:0;padding-left:1.1em}li{margin:.35em 0}' +
    'a{color:#1f5fbf}small{display:block;color:#5a6272;font-size:.85em}';

  function el(tag, text) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    return node;
  }

  function render(items) {
    if (!items || !items.length) return;
    var host = el('div');
    host.className = 'talkgraph-related';
    var root = host.attachShadow({ mode: 'open' });
    var style = el('style');
    style.textContent = css;
    var box = el('aside');
    box.setAttribute('aria-label', data.title || 'Related posts');
    box.appendChild(el('h2', data.title || 'Related posts'));
    var list = el('ul');
    items.forEach(function (item) {
      var li = el('li');
      var link = el(item.url ? 'a' : 'span', item.title);
      if (item.url) link.href = new URL(item.url, location.href).href;
      li.appendChild(link);
      if (item.why) li.appendChild(el('small', item.why));
      list.appendChild(li);
    });
    box.appendChild(list);
    root.appendChild(style);
    root.appendChild(box);
    script.parentNode.insertBefore(host, script.nextSibling);
  }

  fetch(url, { credentials: 'omit' })
    .then(function (res) {
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
