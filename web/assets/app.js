// talkgraph web UI: a router over deep links (/?q=, /post/:id, /entity/:id, /graph/:id,
// /events, /organizations, /projects, /people, /speakers), with loading skeletons, friendly
// errors with a retry, focus kept where the reader is, and scroll restored on Back.

import { attachAutocomplete } from './autocomplete.js';
import { errorState, skeleton } from './dom.js';

const input = document.getElementById('q');
const PAGES = [
  [/^\/post\/(.+)$/, async (m) => (await import('./post-view.js')).postPage(decodeURIComponent(m[1]))],
  [/^\/entity\/(.+)$/, async (m) => (await import('./entity-view.js')).entityPage(decodeURIComponent(m[1]))],
  [/^\/graph\/(.+)$/, async (m) => (await import('./graph-view.js')).graphPage(decodeURIComponent(m[1]))],
  [/^\/(events|organizations|projects|people)$/, async (m, p) => (await import('./index-view.js')).indexPage(m[1], p)],
  [/^\/speakers$/, async (_m, p) => (await import('./speakers-view.js')).speakersPage(p)],
];

async function route() {
  const { pathname, searchParams } = new URL(location.href);
  skeleton();
  try {
    for (const [re, page] of PAGES) {
      const m = re.exec(pathname);
      if (m) return await page(m, searchParams);
    }
    const q = searchParams.get('q') ?? '';
    if (document.activeElement !== input) input.value = q;
    const { searchPage, home } = await import('./search-view.js');
    return q ? await searchPage(q, searchParams) : await home();
  } catch (err) {
    console.error(err);
    errorState(err, () => route());
  }
}

attachAutocomplete(input, document.getElementById('entity-suggestions'));

// In-app navigation keeps deep links working without full reloads.
document.getElementById('search-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const q = input.value.trim();
  if (q) navigate(`/?q=${encodeURIComponent(q)}`, { keepFocus: true });
});
document.addEventListener('click', (ev) => {
  const a = ev.target.closest?.('a[href^="/"]');
  if (
    !a ||
    ev.defaultPrevented ||
    ev.ctrlKey ||
    ev.metaKey ||
    ev.shiftKey ||
    ev.button !== 0 ||
    a.target ||
    a.hasAttribute('download')
  )
    return;
  const href = a.getAttribute('href');
  if (href.startsWith('/api/') || href.startsWith('//')) return;
  ev.preventDefault();
  navigate(href, { keepFocus: Boolean(a.closest('[data-keep-focus]')) });
});

// Back and Forward: the page comes back where the reader left it.
history.scrollRestoration = 'manual';
window.addEventListener('popstate', async (ev) => {
  await route();
  window.scrollTo(0, ev.state?.scrollY ?? 0);
});

/** Opens `href` in the app; focus stays in the search region for searches, else on the new heading. */
export async function navigate(href, { keepFocus = false, replace = false } = {}) {
  history.replaceState({ ...(history.state ?? {}), scrollY: window.scrollY }, '');
  if (replace) history.replaceState({ scrollY: 0 }, '', href);
  else history.pushState({ scrollY: 0 }, '', href);
  await route();
  if (!keepFocus) {
    window.scrollTo(0, 0);
    const h1 = document.querySelector('main h1');
    if (h1) {
      h1.setAttribute('tabindex', '-1');
      h1.focus({ preventScroll: true });
    }
  }
}

window.talkgraphNavigate = navigate;
route().then(() => {
  if (history.state?.scrollY) window.scrollTo(0, history.state.scrollY);
});
