// Index pages: /events (by series or by year), /organizations, /projects, /people, each with
// counts, a name filter, and long lists paged.
import { api, entityLink, h, paged, show } from './dom.js';

const TITLES = { events: 'Events', organizations: 'Organizations', projects: 'Projects', people: 'People' };

export async function indexPage(kind, params) {
  const idx = await api(`/api/browse/${kind}`);
  const filter = h('input', {
    id: 'index-filter',
    type: 'search',
    value: params.get('filter') ?? '',
    placeholder: 'filter by name',
    autocomplete: 'off',
  });
  const view = params.get('by') === 'year' ? 'year' : 'series';
  const body = h('div', { class: 'index-body' });
  const render = () => {
    const needle = filter.value.trim().toLowerCase();
    const items = idx.items.filter((i) => !needle || i.name.toLowerCase().includes(needle));
    body.replaceChildren(
      h('p', { class: 'count', role: 'status' }, `${items.length} of ${idx.total}`),
      kind === 'events' ? events(items, view) : paged(items, (i) => item(kind, i), 50, 'ul', { class: 'index-list' }),
    );
  };
  filter.addEventListener('input', () => {
    const p = new URLSearchParams(location.search);
    if (filter.value) p.set('filter', filter.value);
    else p.delete('filter');
    history.replaceState(history.state, '', `/${kind}${p.size ? `?${p}` : ''}`);
    render();
  });
  render();
  show(
    TITLES[kind],
    h('h1', {}, `${TITLES[kind]} (${idx.total})`),
    h(
      'nav',
      { class: 'index-nav', 'aria-label': 'Indexes' },
      Object.entries(TITLES).map(([k, t]) =>
        k === kind ? h('span', { 'aria-current': 'page' }, t) : h('a', { href: `/${k}` }, t),
      ),
    ),
    kind === 'events'
      ? h(
          'p',
          { class: 'toggle' },
          'Group ',
          view === 'series' ? h('strong', {}, 'by series') : h('a', { href: '/events' }, 'by series'),
          ' · ',
          view === 'year' ? h('strong', {}, 'by year') : h('a', { href: '/events?by=year' }, 'by year'),
        )
      : null,
    h('label', { for: 'index-filter' }, 'Filter '),
    filter,
    body,
  );
}

function item(kind, i) {
  const extra =
    kind === 'people' && (i.talks || i.events)
      ? ` · ${i.talks} topic${i.talks === 1 ? '' : 's'}, ${i.events} event${i.events === 1 ? '' : 's'}`
      : '';
  return h(
    'li',
    {},
    entityLink(i),
    h('span', { class: 'muted' }, ` ${i.posts} post${i.posts === 1 ? '' : 's'}${extra}`),
  );
}

function events(items, view) {
  const groups = new Map();
  const key = (i) => (view === 'year' ? (i.year ? String(i.year) : 'Year unknown') : i.series);
  for (const i of items) groups.set(key(i), [...(groups.get(key(i)) ?? []), i]);
  const ordered = [...groups].sort(
    view === 'year' ? (a, b) => (a[0] < b[0] ? 1 : -1) : (a, b) => total(b[1]) - total(a[1]) || (a[0] < b[0] ? -1 : 1),
  );
  return paged(
    ordered,
    ([name, list]) =>
      h(
        'li',
        { class: 'group' },
        h(
          'h2',
          {},
          name,
          h(
            'span',
            { class: 'muted' },
            ` · ${list.length} edition${list.length === 1 ? '' : 's'}, ${total(list)} post${total(list) === 1 ? '' : 's'}`,
          ),
        ),
        h(
          'ul',
          { class: 'chips' },
          list
            .sort((a, b) => (b.year ?? 0) - (a.year ?? 0))
            .map((i) => h('li', {}, entityLink(i), h('span', { class: 'muted' }, ` ${i.posts}`))),
        ),
      ),
    25,
    'ul',
    { class: 'groups' },
    view === 'year' ? 'years' : 'series',
  );
}

const total = (list) => list.reduce((n, i) => n + i.posts, 0);
