// /speakers: every speaker × every topic they talked about. Rows filter by speaker, project,
// organization or event; topic columns filter by name (all topics, none dropped); sort by
// talks or name; the header row and the name column stay in view while scrolling.
import { api, entityLink, h, show } from './dom.js';

export async function speakersPage(params) {
  const { speakers } = await api('/api/speakers');
  const rowFilter = h('input', {
    id: 'filter',
    type: 'search',
    value: params.get('filter') ?? '',
    placeholder: 'speaker, project, organization or event',
    autocomplete: 'off',
  });
  const colFilter = h('input', {
    id: 'topics',
    type: 'search',
    value: params.get('topics') ?? '',
    placeholder: 'e.g. podman',
    autocomplete: 'off',
  });
  const sort = h(
    'select',
    { id: 'sort' },
    h('option', { value: 'talks' }, 'most topics'),
    h('option', { value: 'name' }, 'name'),
  );
  sort.value = params.get('sort') === 'name' ? 'name' : 'talks';
  const count = h('p', { class: 'count', role: 'status' });
  const wrap = h('div', {
    class: 'matrix-wrap',
    tabindex: '0',
    role: 'region',
    'aria-label': 'Speakers and topics table (scrolls both ways)',
  });
  const render = () => {
    const t = matrix(speakers, rowFilter.value.trim().toLowerCase(), colFilter.value.trim().toLowerCase(), sort.value);
    count.textContent = `${t.rows} of ${speakers.length} speakers × ${t.cols} of ${t.allCols} topics`;
    wrap.replaceChildren(t.el);
  };
  const sync = () => {
    const p = new URLSearchParams();
    if (rowFilter.value) p.set('filter', rowFilter.value);
    if (colFilter.value) p.set('topics', colFilter.value);
    if (sort.value !== 'talks') p.set('sort', sort.value);
    history.replaceState(history.state, '', `/speakers${p.size ? `?${p}` : ''}`);
    render();
  };
  for (const c of [rowFilter, colFilter]) c.addEventListener('input', sync);
  sort.addEventListener('change', sync);
  render();
  show(
    'Speakers',
    h('h1', {}, 'Speakers and what they talked about'),
    h(
      'div',
      { class: 'filters' },
      h('label', {}, 'Speakers: ', rowFilter),
      h('label', {}, 'Topic columns: ', colFilter),
      h('label', {}, 'Sort by ', sort),
    ),
    count,
    wrap,
  );
}

function matrix(speakers, needle, colNeedle, order) {
  const names = (s) => [
    s.name,
    ...s.projects.map((p) => p.name),
    ...s.organizations.map((o) => o.name),
    ...s.events.map((e) => e.name),
  ];
  const rows = speakers.filter((s) => !needle || names(s).some((n) => n.toLowerCase().includes(needle)));
  rows.sort(
    order === 'name'
      ? (a, b) => a.name.localeCompare(b.name)
      : (a, b) => b.projects.length - a.projects.length || a.name.localeCompare(b.name),
  );
  const counts = new Map();
  for (const s of rows) for (const p of s.projects) counts.set(p.id, { ...p, n: (counts.get(p.id)?.n ?? 0) + 1 });
  const all = [...counts.values()].sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
  const columns = all.filter((c) => !colNeedle || c.name.toLowerCase().includes(colNeedle));
  if (!rows.length)
    return { el: h('p', { class: 'muted' }, 'No speaker matches.'), rows: 0, cols: 0, allCols: all.length };
  const el = h(
    'table',
    { class: 'matrix' },
    h('caption', { class: 'visually-hidden' }, 'Speakers (rows) and the topics they talked about (columns)'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col', class: 'corner' }, `Speaker (${rows.length})`),
        h('th', { scope: 'col' }, 'Topics'),
        columns.map((c) =>
          h('th', { scope: 'col', class: 'topic' }, entityLink(c), h('span', { class: 'n' }, String(c.n))),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((s) =>
        h(
          'tr',
          {},
          h(
            'th',
            { scope: 'row' },
            entityLink(s),
            s.organizations.length ? h('div', { class: 'muted' }, s.organizations.map((o) => o.name).join(', ')) : null,
          ),
          h('td', { class: 'n' }, String(s.projects.length)),
          columns.map((c) => {
            const hit = s.projects.find((p) => p.id === c.id);
            return hit
              ? h(
                  'td',
                  { class: 'hit' },
                  h(
                    'a',
                    {
                      href: `/entity/${encodeURIComponent(s.id)}#${encodeURIComponent(c.id)}`,
                      'aria-label': `${s.name} talked about ${c.name}`,
                    },
                    '●',
                  ),
                )
              : h('td', {});
          }),
        ),
      ),
    ),
  );
  return { el, rows: rows.length, cols: columns.length, allCols: all.length };
}
