// Entity pages: a person (talks, projects, organizations, events), a project or organization
// (who talked about it, where, related), an event (speakers and their topics), and a graph.
import { api, entityLink, h, postLink, show } from './dom.js';
import { graphSection } from './graph-view.js';

export async function entityPage(id) {
  const p = await api(`/api/entities/${encodeURIComponent(id)}`);
  const e = p.entity;
  const parts = [h('h1', {}, e.name, h('span', { class: 'type' }, e.type))];
  if (e.aliases.length) parts.push(h('p', { class: 'muted' }, `Also: ${e.aliases.join(', ')}`));
  if (e.type === 'Person') {
    parts.push(linked('Talked about', p.talks), chips('Organizations', p.organizations), chips('Events', p.events));
  } else if (e.type === 'Event') {
    parts.push(h('section', {}, h('h2', {}, 'Speakers and their topics'), h('ul', { class: 'talks' }, p.topics.map((t) =>
      h('li', {}, entityLink(t.speaker), t.topics.length ? [': ', ...t.topics.flatMap((x, i) => [i ? ', ' : '', entityLink(x)])] : '')))));
    parts.push(linked('What the posts say', p.speakers));
  } else {
    parts.push(linked('Who talked about it', p.speakers), chips('At events', p.events), chips('Related', p.coMentioned.filter((c) => c.type === 'Project' || c.type === 'Organization')));
  }
  parts.push(h('h2', {}, `Posts (${p.posts.length})`), h('ul', {}, p.posts.map((post) => h('li', {}, postLink(post), post.date ? h('span', { class: 'muted' }, ` · ${post.date.slice(0, 10)}`) : null))));
  parts.push(h('p', {}, h('a', { href: `/api/entities/${encodeURIComponent(id)}/feed.atom` }, 'Follow (Atom feed)')));
  parts.push(graphSection(id));
  show(e.name, ...parts);
}

/** Linked entities with the sentences that prove each link. */
function linked(title, items) {
  if (!items.length) return h('section', {}, h('h2', {}, title), h('p', { class: 'muted' }, 'Nothing yet.'));
  return h('section', {}, h('h2', {}, title), h('ul', { class: 'talks' }, items.map((t) => h('li', { id: t.id },
    entityLink(t), h('span', { class: 'type' }, t.type),
    h('ul', { class: 'evidence' }, t.evidence.slice(0, 4).map((ev) => h('li', {}, h('q', {}, ev.sentence), ev.title ? ` (talk: ${ev.title})` : '', ' — ', postLink({ post: ev.post, title: ev.postTitle, url: ev.url }))))))));
}

function chips(title, items) {
  if (!items.length) return null;
  return h('section', {}, h('h2', {}, title), h('ul', { class: 'chips' }, items.map((i) => h('li', {}, entityLink(i)))));
}
