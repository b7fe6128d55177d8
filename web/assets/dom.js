// Small DOM helpers: every text goes in as text, never as HTML; links only to safe URLs;
// API calls with friendly errors; loading skeletons and error states with a retry.

/** h('a', {href: '/x'}, 'text', child) → an element; strings become text nodes. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, String(v));
  }
  for (const c of children.flat(Infinity))
    if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : String(c));
  return el;
}

/** SVG element with attributes (for the small charts). */
export function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) el.setAttribute(k, String(v));
  for (const c of children.flat(Infinity))
    if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : String(c));
  return el;
}

/** Structured text {text, marks: [[start, end]]} as DOM: marked ranges in <mark>, the rest as text. */
export function marked(s, tag = 'span', attrs = {}) {
  const out = h(tag, attrs);
  if (!s) return out;
  let last = 0;
  for (const [start, end] of s.marks ?? []) {
    if (start < last) continue;
    out.append(s.text.slice(last, start), h('mark', {}, s.text.slice(start, end)));
    last = end;
  }
  out.append(s.text.slice(last));
  return out;
}

/** Only http(s) and site-relative URLs become links ("javascript:" and friends never do). */
export function safeHref(url) {
  if (typeof url !== 'string' || !url) return null;
  if (url.startsWith('/') && !url.startsWith('//')) return url;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A link to an entity's page. */
export function entityLink(e, text) {
  return h('a', { href: `/entity/${encodeURIComponent(e.id)}` }, text ?? e.name);
}

/** A link to a post's page in talkgraph (which links on to the original). */
export function postLink(p) {
  const id = p.post ?? p.id;
  return h('a', { href: `/post/${encodeURIComponent(id)}` }, p.postTitle || p.title || id);
}

/** "2010-04-29T…" → "29 Apr 2010". */
export function dateText(d) {
  if (!d || !/^\d{4}-\d{2}-\d{2}/.test(d)) return '';
  const [y, m, day] = d.slice(0, 10).split('-').map(Number);
  return `${day} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}`;
}

/** An error a person can act on, from an API error code or a network failure. */
export class FriendlyError extends Error {}

const FRIENDLY = {
  NOT_FOUND: 'We could not find that here. It may have been removed, or the link is mistyped.',
  INVALID_REQUEST: 'That request could not be read. Searches can be up to 200 characters.',
};

/** GET JSON from the API; throws a FriendlyError with a plain message on failure. */
export async function api(path) {
  let res;
  try {
    res = await fetch(path, { headers: { accept: 'application/json' } });
  } catch {
    throw new FriendlyError('The talkgraph server did not answer. Check your connection, then try again.');
  }
  const body = await res.json().catch(() => ({}));
  if (!res.ok)
    throw new FriendlyError(FRIENDLY[body.error?.code] ?? 'Something went wrong on the server. Try again in a moment.');
  return body;
}

/** Replaces the main region and announces the page to screen readers. */
export function show(title, ...nodes) {
  const main = document.getElementById('main');
  main.replaceChildren(...nodes.flat().filter(Boolean));
  main.removeAttribute('aria-busy');
  document.title = `${title} · talkgraph`;
  document.getElementById('status').textContent = title;
}

/** Grey placeholder lines while a page loads. */
export function skeleton(label = 'Loading') {
  const main = document.getElementById('main');
  main.setAttribute('aria-busy', 'true');
  main.replaceChildren(
    h(
      'div',
      { class: 'skeleton', 'aria-hidden': 'true' },
      h('div', { class: 'sk sk-title' }),
      ...[1, 2, 3, 4].map(() => h('div', { class: 'sk sk-line' })),
    ),
    h('p', { class: 'visually-hidden' }, `${label}…`),
  );
}

/** A friendly error with a Retry button. */
export function errorState(err, retry) {
  const msg = err instanceof FriendlyError ? err.message : 'Something went wrong while showing this page.';
  show(
    'Error',
    h(
      'section',
      { class: 'card error-card', role: 'alert' },
      h('h1', {}, 'Sorry, that did not work'),
      h('p', {}, msg),
      h('button', { type: 'button', onclick: retry }, 'Try again'),
      ' ',
      h('a', { href: '/' }, 'Back to search'),
    ),
  );
}

/** A list shown `size` at a time with a "Show more" button (`what` names the items: "years"). */
export function paged(items, render, size = 20, tag = 'ul', attrs = {}, what = '') {
  const list = h(tag, attrs);
  let shown = 0;
  const more = h('button', { type: 'button', class: 'more' });
  const step = () => {
    list.append(...items.slice(shown, shown + size).map(render));
    shown = Math.min(items.length, shown + size);
    more.textContent = `Show more${what ? ` ${what}` : ''} (${items.length - shown} left)`;
    more.hidden = shown >= items.length;
  };
  more.addEventListener('click', step);
  step();
  return h('div', { class: 'paged' }, list, more);
}
