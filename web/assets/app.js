// talkgraph web UI: a router over deep links (/?q=, /entity/:id, /speakers) and the search page.
import { api, entityLink, h, postLink, show, snippetNode } from './dom.js';
import { entityPage } from './entity-view.js';
import { speakersPage } from './speakers-view.js';

const input = document.getElementById('q');

async function route() {
  const { pathname, searchParams } = new URL(location.href);
  try {
    if (pathname.startsWith('/entity/')) return await entityPage(decodeURIComponent(pathname.slice('/entity/'.length)));
    if (pathname === '/speakers') return await speakersPage(searchParams.get('filter') ?? '');
    const q = searchParams.get('q') ?? '';
    input.value = q;
    return q ? await searchPage(q) : home();
  } catch (err) {
    show('Error', h('p', { class: 'error', role: 'alert' }, err.message));
  }
}

function home() {
  const examples = ['who talked about credit2', 'speakers xen summit', 'what did George Dunlap talk about', 'open vswitch'];
  show('Search', h('h1', {}, 'Who talked about what, where'), h('p', {}, 'Type keywords or a question. For example:'),
    h('ul', {}, examples.map((q) => h('li', {}, h('a', { href: `/?q=${encodeURIComponent(q)}` }, q)))));
}

async function searchPage(q) {
  show(`Searching ${q}`, h('p', { class: 'muted' }, 'Searching…'));
  const [ask, search] = await Promise.all([api(`/api/ask?q=${encodeURIComponent(q)}`), api(`/api/search?q=${encodeURIComponent(q)}`)]);
  const parts = [h('h1', {}, `Results for “${q}”`)];
  if (ask.answers.length) parts.push(answerCard(ask));
  if (search.entity && !ask.answers.length) parts.push(entityCard(search.entity));
  // A question's posts are those that answer it; keywords get the full search.
  const asked = ask.intent !== 'search';
  const posts = asked ? ask.posts : search.posts;
  parts.push(h('h2', {}, asked ? 'Posts' : `Posts (${search.total})`));
  parts.push(posts.length ? h('ol', { class: 'hits' }, posts.map((p) => h('li', {}, postLink(p), snippetNode(p.snippet)))) : h('p', {}, 'No posts match.'));
  show(`Results for ${q}`, ...parts);
}

function answerCard(ask) {
  const heading = ask.entity ? `${labelOf(ask.intent)} ${ask.entity.name}` : 'Answers';
  return h('section', { class: 'card', 'aria-label': 'Answer' },
    h('h2', {}, heading),
    h('ul', { class: 'answers' }, ask.answers.slice(0, 10).map((a) => h('li', {},
      entityLink(a), h('span', { class: 'type' }, a.type),
      h('ul', { class: 'evidence' }, a.evidence.slice(0, 3).map((e) => h('li', {}, h('q', {}, e.sentence), ' — ', postLink(e))))))));
}

function labelOf(intent) {
  return { 'speakers-of': 'Who talked about', 'speakers-at': 'Who spoke at', 'talks-of': 'What was talked about by', 'talks-at': 'Talks at', 'affiliations-of': 'Where works:', 'posts-about': 'Posts about' }[intent] ?? 'About';
}

function entityCard(e) {
  return h('section', { class: 'card', 'aria-label': 'Entity' },
    h('h2', {}, entityLink(e), h('span', { class: 'type' }, e.type)),
    e.aliases.length ? h('p', { class: 'muted' }, `Also: ${e.aliases.join(', ')}`) : null,
    h('p', {}, `${e.posts} posts`, e.talkedAbout.length ? ` · ${e.type === 'Person' ? 'talked about' : 'talked about by'} ${e.talkedAbout.join(', ')}` : ''));
}

// Autocomplete: entity names as native datalist options (keyboard and screen-reader friendly).
let pending;
input.addEventListener('input', () => {
  clearTimeout(pending);
  const q = input.value.trim();
  if (q.length < 2 || /\s\S+\s/.test(q)) return;
  pending = setTimeout(async () => {
    const { entities } = await api(`/api/entities?q=${encodeURIComponent(q)}&limit=8`).catch(() => ({ entities: [] }));
    document.getElementById('entity-suggestions').replaceChildren(...entities.map((e) => h('option', { value: e.name }, e.type)));
  }, 150);
});

// In-app navigation keeps deep links working without full reloads.
document.getElementById('search-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  navigate(`/?q=${encodeURIComponent(input.value.trim())}`);
});
document.addEventListener('click', (ev) => {
  const a = ev.target.closest?.('a[href^="/"]');
  if (!a || ev.ctrlKey || ev.metaKey || ev.shiftKey || a.target) return;
  ev.preventDefault();
  navigate(a.getAttribute('href'));
});
window.addEventListener('popstate', route);

export function navigate(href) {
  history.pushState(null, '', href);
  route().then(() => document.getElementById('main').focus());
}

route();
