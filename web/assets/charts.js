// Small pictures drawn as inline SVG (no chart library): posts per year as bars, and talks
// placed on a timeline. Each has a text alternative for screen readers.
import { h, svg } from './dom.js';

/** Bars of posts per year; years without posts are shown empty so gaps are visible. */
export function yearChart(years, label) {
  if (!years.length) return null;
  const first = years[0].year;
  const last = years.at(-1).year;
  const all = Array.from({ length: last - first + 1 }, (_, i) => ({
    year: first + i,
    posts: years.find((y) => y.year === first + i)?.posts ?? 0,
  }));
  const max = Math.max(...all.map((y) => y.posts));
  const bw = Math.max(8, Math.min(36, Math.floor(560 / all.length)));
  const width = all.length * bw;
  const height = 90;
  const summary = all
    .filter((y) => y.posts)
    .map((y) => `${y.year}: ${y.posts}`)
    .join(', ');
  const chart = svg(
    'svg',
    {
      viewBox: `0 0 ${width} ${height + 18}`,
      width: '100%',
      height: height + 18,
      role: 'img',
      'aria-label': `${label}: ${summary}`,
      preserveAspectRatio: 'xMinYMid meet',
      class: 'year-chart',
    },
    all.map((y, i) => {
      const bh = max ? Math.round((y.posts / max) * height) : 0;
      return svg(
        'g',
        {},
        svg(
          'rect',
          { x: i * bw + 1, y: height - bh, width: bw - 2, height: bh, rx: 2 },
          svg('title', {}, `${y.year}: ${y.posts} post${y.posts === 1 ? '' : 's'}`),
        ),
        all.length <= 16 || i % Math.ceil(all.length / 8) === 0
          ? svg('text', { x: i * bw + bw / 2, y: height + 14, 'text-anchor': 'middle' }, String(y.year))
          : null,
      );
    }),
  );
  return h(
    'figure',
    { class: 'chart' },
    chart,
    h(
      'figcaption',
      { class: 'muted' },
      first === last ? `${label}: ${max} in ${first}` : `${label}, ${first}–${last} (most: ${max} in a year)`,
    ),
  );
}

/** A vertical timeline: year headings, then each dated item under its year. */
export function timeline(items, render) {
  const byYear = new Map();
  for (const it of items) {
    const y = it.date ? it.date.slice(0, 4) : 'Undated';
    byYear.set(y, [...(byYear.get(y) ?? []), it]);
  }
  const years = [...byYear].sort((a, b) => (a[0] < b[0] ? 1 : -1));
  return h(
    'ol',
    { class: 'timeline' },
    years.map(([year, list]) => h('li', {}, h('h3', { class: 'tl-year' }, year), h('ul', {}, list.map(render)))),
  );
}
