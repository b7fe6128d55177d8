// Small DOM helpers: every text goes in as text, never as HTML.

/** h('a', {href: '/x'}, 'text', child) → an element; strings become text nodes. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, String(v));
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : String(c));
  return el;
}

const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** A snippet from the API ("escaped text with <mark>…</mark>") as safe DOM: only <mark> survives. */
export function snippetNode(html) {
  const out = h('p', { class: 'snippet' });
  let marked = false;
  for (const part of String(html).split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = part.replace(/&(amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m]);
      out.append(marked ? h('mark', {}, text) : document.createTextNode(text));
    }
  }
  return out;
}

/** A link to an entity's page. */
export function entityLink(e) {
  return h('a', { href: `/entity/${encodeURIComponent(e.id)}` }, e.name);
}

/** A link to a post: its own URL when absolute, else a search for its title. */
export function postLink(p) {
  const url = p.url && /^https?:\/\//.test(p.url) ? p.url : `/?q=${encodeURIComponent(`"${p.title}"`)}`;
  return h('a', { href: url }, p.title || p.post || p.id);
}

/** GET JSON from the API; throws with the API's message on an error. */
export async function api(path) {
  const res = await fetch(path, { headers: { accept: 'application/json' } });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.error?.message ?? `HTTP ${res.status}`);
  return body;
}

/** Replaces the main region and announces the page to screen readers. */
export function show(title, ...nodes) {
  const main = document.getElementById('main');
  main.replaceChildren(...nodes.filter(Boolean));
  document.title = `${title} · talkgraph`;
  document.getElementById('status').textContent = title;
}
