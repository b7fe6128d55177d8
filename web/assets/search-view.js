// The home page and the search page: an answer card for questions, the entity card beside it,
// then posts with counts, dates, filters by type / year / site, sort, paging, and an explicit
// "showing results for" when a typo was corrected.
import { api, dateText, entityLink, h, marked, postLink, show } from './dom.js';
import { EXAMPLES } from './examples.js';

const PAGE = 10;

export async function home() {
  show(
    'Search',
    h('h1', {}, 'Who talked about what, where'),
    h('p', {}, 'Type keywords or a question. For example:'),
    h(
      'ul',
      { class: 'examples' },
      EXAMPLES.map((q) => h('li', {}, h('a', { href: `/?q=${encodeURIComponent(q)}` }, q))),
    ),
    h(
      'p',
      {},
      'Or browse ',
      h('a', { href: '/events' }, 'events'),
      ', ',
      h('a', { href: '/people' }, 'people'),
      ', ',
      h('a', { href: '/projects' }, 'projects'),
      ' and ',
      h('a', { href: '/organizations' }, 'organizations'),
      '.',
    ),
  );
}

export async function searchPage(q, params) {
  const page = Math.max(1, Number(params.get('page')) || 1);
  const filters = ['sort', 'year', 'site', 'type']
    .filter((k) => params.get(k))
    .map((k) => `&${k}=${encodeURIComponent(params.get(k))}`)
    .join('');
  const askP = api(`/api/ask?q=${encodeURIComponent(q)}`);
  const searchP = api(`/api/search?q=${encodeURIComponent(q)}&limit=${PAGE}&offset=${(page - 1) * PAGE}${filters}`);
  // A question gets the posts that answer it; keywords (even a bare name) get the full search,
  // shown as soon as it arrives, with the answer card filled in when the graph has answered.
  if (QUESTION.test(q)) {
    const [ask, search] = await Promise.all([askP, searchP]);
    return render(q, params, page, search, ask);
  }
  const search = await searchP;
  const slot = h(
    'div',
    { class: 'card-slot', 'aria-busy': 'true' },
    h('div', { class: 'sk sk-line', 'aria-hidden': 'true' }),
  );
  render(q, params, page, search, null, slot);
  // Resolves once the card is in, so Back can restore the scroll position of the whole page.
  await askP
    .then((ask) => slot.replaceWith(...(ask.answers.length ? [answerCard(ask)] : [])))
    .catch(() => slot.remove());
}

const QUESTION = /\b(who|what|where|which|when|how|talk\w*|spoke|speakers?|works?|posts about)\b/i;

function render(q, params, page, search, ask, slot = null) {
  const parts = [h('h1', {}, `Results for “${q}”`)];
  if (search.corrected)
    parts.push(
      h(
        'p',
        { class: 'corrected', role: 'note' },
        'No posts matched every word as typed. Showing results for ',
        h('strong', {}, `“${search.corrected}”`),
        ' instead.',
      ),
    );
  const cards = h('div', { class: 'cards' });
  if (ask?.answers.length) cards.append(answerCard(ask));
  if (slot) cards.append(slot);
  if (search.entity) cards.append(entityCard(search.entity));
  if (cards.childElementCount) parts.push(cards);
  if (ask?.answers.length) {
    parts.push(h('h2', {}, `Posts that answer it (${ask.posts.length})`), hitList(ask.posts, 1));
  } else {
    parts.push(
      filterBar(q, search, params),
      resultCount(search, page),
      hitList(search.posts, (page - 1) * PAGE + 1),
      pager(q, search, page, params),
    );
  }
  show(`Results for ${q}`, ...parts);
}

function answerCard(ask) {
  const label =
    {
      'speakers-of': 'Who talked about',
      'speakers-at': 'Who spoke at',
      'talks-of': 'What was talked about by',
      'talks-at': 'Talks at',
      'affiliations-of': 'Where works:',
      'members-of': 'Who works at',
      'posts-about': 'Posts about',
    }[ask.intent] ?? 'About';
  const heading = ask.entity ? h('h2', {}, `${label} `, entityLink(ask.entity)) : h('h2', {}, 'Answers');
  const shown = ask.answers.slice(0, 10);
  return h(
    'section',
    { class: 'card answer', 'aria-label': 'Answer' },
    heading,
    h(
      'ul',
      { class: 'answers' },
      shown.map((a) =>
        h(
          'li',
          {},
          entityLink(a),
          h('span', { class: 'type' }, a.type),
          h(
            'ul',
            { class: 'evidence' },
            a.evidence.slice(0, 2).map((e) => evidenceItem(e)),
          ),
        ),
      ),
    ),
    ask.answers.length > shown.length
      ? h(
          'p',
          { class: 'muted' },
          `and ${ask.answers.length - shown.length} more on `,
          entityLink(ask.entity ?? shown[0], 'the page'),
        )
      : null,
  );
}

/** One sentence of evidence: the names marked, the post and its date. */
export function evidenceItem(e) {
  return h(
    'li',
    {},
    marked(e.highlight ?? { text: e.sentence, marks: [] }, 'q'),
    e.namesBoth === false ? h('span', { class: 'muted' }, ' (the post says so around this sentence)') : null,
    ' — ',
    postLink(e),
    e.date ? h('span', { class: 'muted' }, ` · ${dateText(e.date)}`) : null,
  );
}

function entityCard(e) {
  return h(
    'section',
    { class: 'card entity', 'aria-label': 'Entity' },
    h('h2', {}, entityLink(e), h('span', { class: 'type' }, e.type)),
    e.aliases.length ? h('p', { class: 'muted' }, `Also: ${e.aliases.slice(0, 6).join(', ')}`) : null,
    h(
      'p',
      {},
      `Named in ${e.posts} post${e.posts === 1 ? '' : 's'}`,
      e.talkedAbout.length
        ? ` · ${e.type === 'Person' ? 'talked about' : 'talked about by'} ${e.talkedAbout.slice(0, 6).join(', ')}${e.talkedAbout.length > 6 ? '…' : ''}`
        : '',
    ),
    h(
      'p',
      {},
      entityLink(e, `Open the ${e.type.toLowerCase()} page`),
      ' · ',
      h('a', { href: `/graph/${encodeURIComponent(e.id)}` }, 'Explore the graph'),
    ),
  );
}

function filterBar(q, search, params) {
  const select = (name, label, options) =>
    h(
      'label',
      {},
      `${label} `,
      h(
        'select',
        { name, 'data-filter': name },
        options.map(([value, text]) =>
          h('option', { value, selected: (params.get(name) ?? '') === value ? '' : null }, text),
        ),
      ),
    );
  const facet = (list) => list.map((f) => [f.value, `${f.value} (${f.count})`]);
  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'Filter and sort results', 'data-keep-focus': '' },
    select('type', 'Naming a', [['', 'any type'], ...facet(search.facets.types)]),
    select('year', 'Year', [
      ['', 'any year'],
      ...facet([...search.facets.years].sort((a, b) => (a.value < b.value ? 1 : -1))),
    ]),
    search.facets.sites.length ? select('site', 'Site', [['', 'any site'], ...facet(search.facets.sites)]) : null,
    select('sort', 'Sort by', [
      ['', 'relevance'],
      ['date', 'newest first'],
    ]),
  );
  form.addEventListener('change', (ev) => {
    const p = new URLSearchParams({ q });
    for (const s of form.querySelectorAll('select')) if (s.value) p.set(s.name, s.value);
    const name = ev.target.name;
    window
      .talkgraphNavigate(`/?${p}`, { keepFocus: true })
      .then(() => document.querySelector(`select[name="${name}"]`)?.focus());
  });
  return form;
}

function resultCount(search, page) {
  if (!search.total) return h('p', { class: 'count', role: 'status' }, 'No posts match.');
  const first = (page - 1) * PAGE + 1;
  return h(
    'p',
    { class: 'count' },
    `Posts ${first}–${first + search.posts.length - 1} of ${search.total}`,
    search.partial ? ` with every word; ${search.partial} more have only some of them (try fewer words)` : '',
  );
}

function hitList(posts, start) {
  if (!posts.length) return null;
  return h(
    'ol',
    { class: 'hits', start },
    posts.map((p) =>
      h(
        'li',
        {},
        h('h3', { class: 'hit-title' }, postLink(p)),
        h('p', { class: 'meta' }, [p.date ? dateText(p.date) : 'undated', p.site].filter(Boolean).join(' · ')),
        marked(p.highlight ?? { text: '', marks: [] }, 'p', { class: 'snippet' }),
      ),
    ),
  );
}

function pager(q, search, page, params) {
  const pages = Math.ceil(search.total / PAGE);
  if (pages <= 1) return null;
  const href = (n) => {
    const p = new URLSearchParams(params);
    p.set('q', q);
    if (n > 1) p.set('page', String(n));
    else p.delete('page');
    return `/?${p}`;
  };
  const nums = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  const items = [];
  if (page > 1) items.push(h('li', {}, h('a', { href: href(page - 1), rel: 'prev' }, '‹ Previous')));
  nums.forEach((n, i) => {
    if (i && n - nums[i - 1] > 1) items.push(h('li', { 'aria-hidden': 'true' }, '…'));
    items.push(
      h(
        'li',
        {},
        n === page
          ? h('span', { 'aria-current': 'page', class: 'current' }, String(n))
          : h('a', { href: href(n), 'aria-label': `Page ${n}` }, String(n)),
      ),
    );
  });
  if (page < pages) items.push(h('li', {}, h('a', { href: href(page + 1), rel: 'next' }, 'Next ›')));
  return h('nav', { class: 'pager', 'aria-label': 'Result pages' }, h('ul', {}, items));
}
