// Entity pages: a summary at the top, posts per year as a small chart, then by type: a
// speaker's talks on a timeline; an event's speakers and topics and the other editions of its
// series; who talked about a project or organization. Long lists are grouped and paged.

import { timeline, yearChart } from './charts.js';
import { api, dateText, entityLink, h, paged, postLink, show } from './dom.js';
import { evidenceItem } from './search-view.js';

export async function entityPage(id) {
  const p = await api(`/api/entities/${encodeURIComponent(id)}`);
  const e = p.entity;
  const parts = [h('p', { class: 'kicker' }, e.type), h('h1', {}, e.name), h('p', { class: 'summary' }, summary(p))];
  if (e.aliases.length) parts.push(h('p', { class: 'muted' }, `Also written: ${e.aliases.slice(0, 10).join(', ')}`));
  parts.push(
    h(
      'p',
      { class: 'actions' },
      h('a', { href: `/graph/${encodeURIComponent(id)}` }, 'Explore the graph'),
      ' · ',
      h('a', { href: `/api/entities/${encodeURIComponent(id)}/feed.atom` }, 'Follow (Atom feed)'),
    ),
  );
  parts.push(yearChart(p.years, 'Posts naming it per year'));
  const written = p.written ?? [];
  if (written.length) parts.push(yearChart(perYear(written), 'Posts written per year'));
  if (e.type === 'Person') parts.push(...personParts(p));
  else if (e.type === 'Event') parts.push(...eventParts(p));
  else
    parts.push(
      linked('Who talked about it', p.speakers),
      chips('At events', p.events),
      chips(
        'Often named with it',
        p.coMentioned.filter((c) => c.type === 'Project' || c.type === 'Organization'),
      ),
    );
  if (written.length) parts.push(postsByYear(written, 'Posts written', 'written'));
  // An author's own posts rarely name them: no empty "naming" list under a full "written" one.
  if (p.posts.length || !written.length)
    parts.push(postsByYear(p.posts, written.length ? 'Posts naming them' : 'Posts', 'naming'));
  show(e.name, ...parts.filter(Boolean));
}

/** One or two sentences a reader can take in at a glance. */
function summary(p) {
  const e = p.entity;
  const span = spanOf(p.years);
  // An author's own posts are not mentions of them: say nothing rather than "named in 0 posts".
  const n = p.posts.length;
  const bits = n ? [`Named in ${n} post${n === 1 ? '' : 's'}${span}.`] : [];
  const w = p.written ?? [];
  if (w.length) bits.unshift(`Wrote ${w.length} post${w.length === 1 ? '' : 's'}${spanOf(perYear(w))}.`);
  if (e.type === 'Person') {
    if (p.talks.length)
      bits.push(
        `Talked about ${p.talks.length} topic${p.talks.length === 1 ? '' : 's'}${p.events.length ? ` at ${p.events.length} event${p.events.length === 1 ? '' : 's'}` : ''}, most often ${p.talks[0].name}.`,
      );
    if (p.organizations.length) bits.push(`Works with ${p.organizations.map((o) => o.name).join(', ')}.`);
  } else if (e.type === 'Event') {
    bits.push(
      `${p.speakers.length} speaker${p.speakers.length === 1 ? '' : 's'} reported${p.editions.length > 1 ? `; ${p.editions.length} editions of the series are known` : ''}.`,
    );
  } else if (p.speakers.length)
    bits.push(
      `${p.speakers.length} speaker${p.speakers.length === 1 ? '' : 's'} talked about it, most often ${p.speakers[0].name}.`,
    );
  return bits.join(' ');
}

/** " in 2010" or " from 2006 to 2017" for a per-year list, oldest first. */
function spanOf(years) {
  if (!years.length) return '';
  return years[0].year === years.at(-1).year
    ? ` in ${years[0].year}`
    : ` from ${years[0].year} to ${years.at(-1).year}`;
}

/** Posts per year, oldest first, as the API gives `years`. */
function perYear(posts) {
  const n = new Map();
  for (const p of posts)
    if (/^\d{4}/.test(p.date ?? '')) n.set(Number(p.date.slice(0, 4)), (n.get(Number(p.date.slice(0, 4))) ?? 0) + 1);
  return [...n].map(([year, count]) => ({ year, posts: count })).sort((a, b) => a.year - b.year);
}

const TIMELINE = 12;

function personParts(p) {
  // One entry per talk: each topic once per post that reports it, the most reported topics first.
  const talks = p.talks.flatMap((t) => [...new Map(t.evidence.map((ev) => [ev.post, { ...ev, topic: t }])).values()]);
  const item = (t) =>
    h(
      'li',
      { id: t.topic.id },
      entityLink(t.topic),
      t.title ? h('span', { class: 'muted' }, ` — “${t.title}”`) : null,
      h('ul', { class: 'evidence' }, evidenceItem(t)),
    );
  // First the most reported topics, one talk each (the latest); every talk on request.
  const firsts = p.talks
    .slice(0, TIMELINE)
    .map(
      (t) => talks.filter((x) => x.topic.id === t.id).sort((a, b) => String(b.date).localeCompare(String(a.date)))[0],
    )
    .filter(Boolean);
  const box = h(
    'div',
    {},
    talks.length ? timeline(firsts, item) : h('p', { class: 'muted' }, 'No talks reported yet.'),
  );
  if (talks.length > firsts.length) {
    box.append(
      h(
        'button',
        { type: 'button', class: 'more', onclick: () => box.replaceChildren(timeline(talks, item)) },
        `Show all ${talks.length} talks`,
      ),
    );
  }
  const heading =
    p.talks.length > TIMELINE
      ? `Talks on a timeline (${TIMELINE} of ${p.talks.length} topics, ${talks.length} talks)`
      : `Talks on a timeline (${p.talks.length} topic${p.talks.length === 1 ? '' : 's'}, ${talks.length} talk${talks.length === 1 ? '' : 's'})`;
  return [
    h('section', {}, h('h2', {}, heading), box),
    chips('Organizations', p.organizations),
    chips('Events', p.events),
  ];
}

function eventParts(p) {
  return [
    h(
      'section',
      {},
      h('h2', {}, `Speakers and their topics (${p.topics.length})`),
      p.topics.length
        ? paged(
            p.topics,
            (t) =>
              h(
                'li',
                {},
                entityLink(t.speaker),
                t.topics.length ? [': ', ...t.topics.flatMap((x, i) => [i ? ', ' : '', entityLink(x)])] : '',
              ),
            30,
            'ul',
            { class: 'talks' },
          )
        : h('p', { class: 'muted' }, 'No speakers reported.'),
    ),
    p.editions.length > 1
      ? h(
          'section',
          {},
          h('h2', {}, `Editions of the series (${p.editions.length})`),
          h(
            'ol',
            { class: 'editions' },
            p.editions.map((ed) =>
              h(
                'li',
                {},
                ed.id === p.entity.id ? h('strong', {}, ed.name) : entityLink(ed),
                h('span', { class: 'muted' }, ` · ${ed.posts} post${ed.posts === 1 ? '' : 's'}`),
                ed.speakers.length
                  ? h(
                      'div',
                      { class: 'muted' },
                      'Speakers: ',
                      ed.speakers.slice(0, 8).flatMap((s, i) => [i ? ', ' : '', entityLink(s)]),
                      ed.speakers.length > 8 ? ` and ${ed.speakers.length - 8} more` : '',
                    )
                  : null,
              ),
            ),
          ),
        )
      : null,
    linked('What the posts say', p.speakers),
  ];
}

/** Linked entities with the sentence that proves each link (more on request). */
function linked(title, items) {
  if (!items.length) return h('section', {}, h('h2', {}, title), h('p', { class: 'muted' }, 'Nothing yet.'));
  return h(
    'section',
    {},
    h('h2', {}, `${title} (${items.length})`),
    paged(
      items,
      (t) =>
        h(
          'li',
          { id: t.id },
          entityLink(t),
          h('span', { class: 'muted' }, ` · ${t.posts} post${t.posts === 1 ? '' : 's'}`),
          h('ul', { class: 'evidence' }, evidenceItem(t.evidence[0])),
          t.evidence.length > 1
            ? h(
                'details',
                {},
                h('summary', {}, `${t.evidence.length - 1} more sentence${t.evidence.length === 2 ? '' : 's'}`),
                h('ul', { class: 'evidence' }, t.evidence.slice(1, 10).map(evidenceItem)),
              )
            : null,
        ),
      15,
      'ul',
      { class: 'talks' },
    ),
  );
}

function chips(title, items) {
  if (!items.length) return null;
  return h(
    'section',
    {},
    h('h2', {}, `${title} (${items.length})`),
    h(
      'ul',
      { class: 'chips' },
      items.slice(0, 40).map((i) => h('li', {}, entityLink(i))),
    ),
  );
}

/** Posts grouped by year, newest year first; four years at a time, ten posts a year. */
function postsByYear(posts, title = 'Posts', kind = 'naming') {
  if (!posts.length)
    return h(
      'section',
      { class: `posts-${kind}` },
      h('h2', {}, `${title} (0)`),
      h('p', { class: 'muted' }, 'No post names it.'),
    );
  const years = new Map();
  for (const p of posts) {
    const y = p.date ? p.date.slice(0, 4) : 'Undated';
    years.set(y, [...(years.get(y) ?? []), p]);
  }
  const groups = [...years].sort((a, b) => (a[0] < b[0] ? 1 : -1));
  return h(
    'section',
    { class: `posts-${kind}` },
    h('h2', {}, `${title} (${posts.length})`),
    paged(
      groups,
      ([year, list]) =>
        h(
          'li',
          { class: 'group' },
          h('h3', { class: 'tl-year' }, `${year} (${list.length})`),
          paged(
            list,
            (p) => h('li', {}, postLink(p), p.date ? h('span', { class: 'muted' }, ` · ${dateText(p.date)}`) : null),
            10,
            'ul',
            { class: 'posts' },
          ),
        ),
      4,
      'ul',
      { class: 'groups' },
      'years',
    ),
  );
}
