// The page of one post: title, date, site, a link to the original, the entities it names with
// the sentence naming each, the facts it states, and related posts with plain reasons.
import { api, dateText, entityLink, h, marked, paged, postLink, safeHref, show } from './dom.js';
import { plainReasons } from './reasons.js';

const TYPE_PLURAL = {
  Event: 'Events',
  Person: 'People',
  Project: 'Projects',
  Organization: 'Organizations',
  Place: 'Places',
};
const FACT = { TALKED_ABOUT: 'talked about', SPOKE_AT: 'spoke at', AFFILIATED_WITH: 'works at' };

export async function postPage(id) {
  const v = await api(`/api/posts/${encodeURIComponent(id)}`);
  const p = v.post;
  const original = safeHref(p.original);
  const parts = [
    h('p', { class: 'kicker' }, 'Post'),
    h('h1', {}, p.title || p.id),
    h(
      'p',
      { class: 'meta' },
      [p.date ? dateText(p.date) : 'undated', p.author ? `by ${p.author}` : null, p.site].filter(Boolean).join(' · '),
    ),
    original
      ? h('p', {}, h('a', { href: original, class: 'original', rel: 'noopener' }, 'Read the original post ↗'))
      : p.url
        ? h('p', { class: 'muted' }, `Original address: ${p.url} (its site is not known here)`)
        : null,
    p.tags.length
      ? h(
          'ul',
          { class: 'chips', 'aria-label': 'Tags' },
          p.tags.map((t) => h('li', {}, h('a', { href: `/?q=${encodeURIComponent(t)}` }, t))),
        )
      : null,
  ];
  if (v.facts.length) parts.push(factSection(v.facts));
  parts.push(...entitySections(v.entities));
  parts.push(
    h(
      'section',
      {},
      h('h2', {}, 'Related posts'),
      v.related.length
        ? h(
            'ul',
            { class: 'related' },
            v.related.map((r) =>
              h(
                'li',
                {},
                postLink(r),
                r.date ? h('span', { class: 'muted' }, ` · ${dateText(r.date)}`) : null,
                h('div', { class: 'muted why' }, plainReasons(r.reasons)),
              ),
            ),
          )
        : h('p', { class: 'muted' }, 'No related posts yet.'),
    ),
  );
  show(p.title || p.id, ...parts);
}

/**
 * The facts grouped by person: one line each ("talked about Xen, credit2 · spoke at Xen Summit
 * 2010"), the first sentence under it and the others on request; ten people at a time.
 */
function factSection(facts) {
  const people = new Map();
  for (const f of facts) people.set(f.from.id, [...(people.get(f.from.id) ?? []), f]);
  const person = ([, list]) => {
    const kinds = Object.keys(FACT).filter((k) => list.some((f) => f.type === k));
    const line = kinds.flatMap((k, i) => [
      i ? ' · ' : ' ',
      `${FACT[k]} `,
      ...list.filter((f) => f.type === k).flatMap((f, j) => [j ? ', ' : '', entityLink(f.to)]),
    ]);
    const proof = (f) =>
      h(
        'li',
        {},
        list.length > 1
          ? h('span', { class: 'muted' }, `${FACT[f.type]} ${f.to.name}${f.title ? ` (talk: ${f.title})` : ''}: `)
          : f.title
            ? h('span', { class: 'muted' }, `talk: ${f.title} `)
            : null,
        marked(f.evidence, 'q'),
        f.namesBoth === false ? h('span', { class: 'muted why' }, ` ${impliedBy(f)}`) : null,
      );
    // The same sentence often proves several facts: each shown once, with a fact it names both
    // ends of when it has one; such sentences first.
    const seen = new Set();
    const unique = [...list]
      .sort((a, b) => Number(b.namesBoth) - Number(a.namesBoth))
      .filter((f) => !seen.has(f.evidence.text) && seen.add(f.evidence.text));
    return h(
      'li',
      {},
      h('span', { class: 'fact' }, entityLink(list[0].from), line),
      h('ul', { class: 'evidence' }, proof(unique[0])),
      unique.length > 1
        ? h(
            'details',
            {},
            h('summary', {}, `${unique.length - 1} more sentence${unique.length === 2 ? '' : 's'}`),
            h('ul', { class: 'evidence' }, unique.slice(1).map(proof)),
          )
        : null,
    );
  };
  return h(
    'section',
    {},
    h(
      'h2',
      {},
      `What it reports (${facts.length} fact${facts.length === 1 ? '' : 's'} about ${people.size} ${people.size === 1 ? 'person' : 'people'})`,
    ),
    paged([...people], person, 10, 'ul', { class: 'facts' }, 'people'),
  );
}

/** Why a fact holds though its sentence names one end only: the post covers the event, or says so nearby. */
function impliedBy(f) {
  return f.type === 'SPOKE_AT' ? `(the post is a write-up of ${f.to.name})` : '(the post says so around this sentence)';
}

function entitySections(entities) {
  const by = new Map();
  for (const e of entities) by.set(e.type, [...(by.get(e.type) ?? []), e]);
  return [...by].map(([type, list]) =>
    h(
      'section',
      {},
      h('h2', {}, `${TYPE_PLURAL[type] ?? type} named (${list.length})`),
      h(
        'ul',
        { class: 'named' },
        list.map((e) =>
          h(
            'li',
            {},
            entityLink(e),
            h('span', { class: 'muted' }, ` · ${e.posts} post${e.posts === 1 ? '' : 's'}`),
            e.evidence ? marked(e.evidence, 'q', { class: 'evidence-line' }) : null,
          ),
        ),
      ),
    ),
  );
}
