// The speaker-to-project browser: a matrix of speakers × projects, filterable; each cell links
// to the evidence on the speaker's page.
import { api, entityLink, h, show } from './dom.js';

export async function speakersPage(initial) {
  const { speakers } = await api('/api/speakers');
  const filter = h('input', { id: 'filter', type: 'search', value: initial, placeholder: 'filter by speaker, project or organization' });
  const wrap = h('div', { class: 'matrix-wrap' });
  const render = () => wrap.replaceChildren(matrix(speakers, filter.value.trim().toLowerCase()));
  filter.addEventListener('input', () => {
    history.replaceState(null, '', filter.value ? `/speakers?filter=${encodeURIComponent(filter.value)}` : '/speakers');
    render();
  });
  render();
  show('Speakers', h('h1', {}, 'Speakers and what they talked about'), h('label', { for: 'filter' }, 'Filter '), filter, wrap);
}

function matrix(speakers, needle) {
  const rows = speakers.filter((s) => !needle || [s.name, ...s.projects.map((p) => p.name), ...s.organizations.map((o) => o.name), ...s.events.map((e) => e.name)].some((n) => n.toLowerCase().includes(needle)));
  const counts = new Map();
  for (const s of rows) for (const p of s.projects) counts.set(p.id, { ...p, n: (counts.get(p.id)?.n ?? 0) + 1 });
  const columns = [...counts.values()].sort((a, b) => b.n - a.n || a.name.localeCompare(b.name)).slice(0, 30);
  if (!rows.length) return h('p', { class: 'muted' }, 'No speaker matches.');
  return h('table', { class: 'matrix' },
    h('caption', { class: 'visually-hidden' }, 'Speakers (rows) and the projects and organizations they talked about (columns)'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Speaker'), h('th', { scope: 'col' }, 'Events'), columns.map((c) => h('th', { scope: 'col' }, entityLink(c))))),
    h('tbody', {}, rows.map((s) => h('tr', {},
      h('th', { scope: 'row' }, entityLink(s), s.organizations.length ? h('div', { class: 'muted' }, s.organizations.map((o) => o.name).join(', ')) : null),
      h('td', {}, s.events.map((e) => e.name).join(', ')),
      columns.map((c) => {
        const hit = s.projects.find((p) => p.id === c.id);
        return hit ? h('td', { class: 'hit' }, h('a', { href: `/entity/${encodeURIComponent(s.id)}#${encodeURIComponent(c.id)}`, 'aria-label': `${s.name} talked about ${c.name}` }, '●')) : h('td', {});
      })))));
}
