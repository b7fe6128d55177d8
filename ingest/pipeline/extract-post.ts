// The extraction story for one post: read it, find mentions, resolve them into entities,
// find its event, its talks and affiliations, and state each relation with its sentence.
import { dedupeBy } from '../../src/domain/dedupe.js';
import { entityId } from '../../src/domain/ids.js';
import type { Entity, EventRef, Extraction, Post, Relation } from '../../src/domain/model.js';
import { foldForm } from '../../src/domain/name-fold.js';
import { buildDocument, type PostDocument, type Sentence } from '../document/build-document.js';
import type { PostContext } from '../document/post-meta.js';
import { ORG_SUFFIXES } from '../extraction/cues.js';
import { detectEvent } from '../extraction/event.js';
import type { Lexicon } from '../extraction/lexicon.js';
import { findMentions, type Mention } from '../extraction/mentions.js';
import { countedAbbreviations, settingNames } from '../extraction/noise.js';
import { type ResolvedMention, resolvePost } from '../resolution/resolve-post.js';
import { findAffiliations, groupNamedNext } from '../talks/affiliations.js';
import { findTalks } from '../talks/find-talks.js';
import { Budget } from './budget.js';
import { applyThresholds, fittedThresholds, type Thresholds } from './confidence-filter.js';
import { RelationSet } from './relation-set.js';

export interface ExtractOptions {
  lexicon: Lexicon;
  /** Folder the post ids are relative to, or the post's site and place in it. */
  root?: string | PostContext;
  /** Time budget per document in milliseconds. */
  timeoutMs?: number;
  /** Confidence floors per type; default: the ones `npm run train` fitted. */
  thresholds?: Thresholds;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Extracts one post from its file text; throws InputError for unreadable or runaway posts.
 * @param file the post's path (its id, date and site come from it when the front matter is silent)
 * @param text the file's text (Markdown or HTML, with front matter)
 * @param options the lexicon; the root or site the id is relative to; the time budget; confidence floors
 * @returns the `extract --json` contract: post, event, entities, relations with their sentences
 * @example
 * const x = extractPost('_posts/2010-04-29-xen-summit.md', text, { lexicon: loadLexicon() });
 * const talks = x.relations.filter((r) => r.type === 'TALKED_ABOUT');
 */
export function extractPost(file: string, text: string, options: ExtractOptions): Extraction {
  return extractPostWithText(file, text, options).extraction;
}

/** The extraction plus the post's plain text (sentences joined), for the search index. */
export function extractPostWithText(
  file: string,
  text: string,
  options: ExtractOptions,
): { extraction: Extraction; plainText: string } {
  const budget = new Budget(file, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const doc = buildDocument(file, text, options.root);
  budget.check('reading');
  const detect = { lexicon: options.lexicon, tags: new Set(doc.post.tags.map(foldForm)) };
  const found = doc.sentences.map((s, i) => {
    if (i % 25 === 0) budget.check('mention finding');
    return findMentions(
      {
        text: s.text,
        links: s.links,
        code: s.code,
        heading: s.kind === 'heading',
        layout: isLayoutLine(s),
        terms: s.terms,
      },
      detect,
    );
  });
  dropWords(found, new Set([...settingNames(doc.sentences), ...countedAbbreviations(doc.sentences)]));
  const author = authorName(doc.post.author);
  const authors = doc.post.authors.map(authorName).filter((a): a is string => a !== null);
  const resolution = resolvePost(doc.sentences, found, author ? [author, ...authors] : authors);
  budget.check('resolution');
  const event = detectEvent(doc.post, doc.sentences, detect);
  const entities = withAuthorAndEvent(resolution.entities, resolution.mentions, author, event);
  const raw = {
    post: doc.post,
    event,
    entities,
    relations: buildRelations(doc, resolution.mentions, entities, author, event),
  };
  const extraction = applyThresholds(raw, options.thresholds ?? fittedThresholds());
  return { extraction, plainText: doc.blocks.map((b) => b.text).join('\n') };
}

/**
 * Words the post itself shows to be no names, a setting ("$QUUXPATH") or a counted
 * abbreviation ("a QR"), are none in any of its sentences; names the lexicon knows stay.
 */
function dropWords(found: Mention[][], words: Set<string>): void {
  if (words.size === 0) return;
  found.forEach((ms, i) => {
    found[i] = ms.filter((m) => m.source === 'lexicon' || m.source === 'known-name' || !words.has(m.surface));
  });
}

/** Longest paragraph sentence, in words, still read as a line of a schedule or a byline. */
const LAYOUT_LINE_WORDS = 14;

/** List items, headings, table cells and short lines: where a layout places speakers' names. */
function isLayoutLine(s: Sentence): boolean {
  return s.kind !== 'paragraph' || s.text.split(/\s+/).length <= LAYOUT_LINE_WORDS;
}

/** "Major Hayden" → itself; "admin", an e-mail address or a bare number ("by: 42") is no person. */
function authorName(author: string | null): string | null {
  if (!author || !/\p{L}/u.test(author) || /@|^(admin|administrator|root|editor|staff|guest|webmaster)$/i.test(author))
    return null;
  return author;
}

/** The entity ids of every author the post names. */
function writerIds(post: Post): string[] {
  return post.authors.flatMap((a) => {
    const name = authorName(a);
    return name ? [entityId('Person', name)] : [];
  });
}

/** Adds the author and the covered event as entities; event mentions of the same series join it. */
function withAuthorAndEvent(
  entities: Entity[],
  mentions: ResolvedMention[][],
  author: string | null,
  event: EventRef | null,
): Entity[] {
  const out = [...entities];
  if (author && !out.some((e) => e.id === entityId('Person', author))) {
    out.push({ id: entityId('Person', author), type: 'Person', name: author, aliases: [], confidence: 0.99 });
  }
  if (!event) return out;
  const name = eventName(event);
  const id = coveredEventId(event);
  const series = foldForm(event.name);
  const merged = new Set<string>();
  for (const m of mentions.flat()) {
    // "IBM Edge 2016" may have been read as a product; the title says it is the event. A body
    // named so ("Quux User Group") holds the meeting and stays itself.
    const body = m.type === 'Organization' && ORG_SUFFIXES.test(m.canonical.split(/\s+/).at(-1)!);
    if (foldForm(m.canonical) === series && !body && (m.type !== 'Event' || !m.year || m.year === event.year)) {
      merged.add(m.entity);
      m.entity = id;
    }
  }
  const kept = out.filter((e) => !merged.has(e.id) || e.id === id);
  const aliases = new Set<string>([
    event.name,
    ...out.filter((e) => merged.has(e.id)).flatMap((e) => [e.name, ...e.aliases]),
  ]);
  aliases.delete(name);
  kept.push({ id, type: 'Event', name, aliases: [...aliases].sort(), confidence: 0.9 });
  return dedupeBy(kept, (e) => e.id);
}

/** "GopherCon 2014": the covered event's name, its year appended. */
function eventName(event: EventRef): string {
  return event.year ? `${event.name} ${event.year}` : event.name;
}

function coveredEventId(event: EventRef): string {
  return entityId('Event', eventName(event));
}

function buildRelations(
  doc: PostDocument,
  mentions: ResolvedMention[][],
  entities: Entity[],
  author: string | null,
  event: EventRef | null,
): Relation[] {
  const postId = doc.post.id;
  const rel = new RelationSet(postId);
  const ids = new Set(entities.map((e) => e.id));
  const typeOf = new Map(entities.map((e) => [e.id, e.type]));
  const authorId = author ? entityId('Person', author) : null;
  // The covered edition by its own id: "GopherCon 2015", named in a post on GopherCon 2014, is another event.
  const eventId = event ? coveredEventId(event) : null;
  const sentenceText = (i: number) => doc.sentences[i]!.text;
  if (authorId) rel.add('WROTE', authorId, postId, doc.post.title);
  if (eventId) rel.add('COVERS', postId, eventId, doc.post.title);
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const m of mentions.flat())
    if (ids.has(m.entity)) rel.add('MENTIONS', postId, m.entity, sentenceText(m.sentence));
  rel.setNames((id) => {
    const e = byId.get(id);
    return e ? [e.name, ...e.aliases] : [];
  });
  const affiliations = [
    ...doc.sentences.flatMap((s) => findAffiliations(s, mentions[s.index] ?? [], authorId)),
    ...groupNamedNext(doc.sentences, mentions),
  ];
  for (const a of affiliations) rel.add('AFFILIATED_WITH', a.person, a.org, sentenceText(a.sentence));
  for (const talk of findTalks(doc.sentences, mentions, authorId, eventId !== null, writerIds(doc.post))) {
    const own = new Set(
      talk.speakers.flatMap((p) => affiliations.filter((a) => a.person === p && a.kind === 'name').map((a) => a.org)),
    );
    for (const speaker of talk.speakers) {
      if (eventId) rel.add('SPOKE_AT', speaker, eventId, sentenceText(talk.sentence), talk.title);
      for (const i of talk.span) {
        for (const m of mentions[i] ?? []) {
          if (i === talk.sentence && talk.clause && (m.start < talk.clause.start || m.start >= talk.clause.end))
            continue;
          // The entity's type, not the mention's: a mention may have joined the covered event.
          const type = typeOf.get(m.entity);
          // A speaker's own company is no topic unless the talk's title names it ("Apps on Acme").
          const topic = !own.has(m.entity) || inTitle(talk.title, m.surface);
          if ((type === 'Project' || type === 'Organization') && topic) {
            rel.add('TALKED_ABOUT', speaker, m.entity, sentenceText(i), talk.title);
          }
        }
      }
    }
  }
  return rel.list();
}

/** Whether the talk's title names `surface` as a whole word. */
function inTitle(title: string | null, surface: string): boolean {
  if (!title) return false;
  const words = (t: string) => ` ${foldForm(t).replace(/[^\p{L}\p{N}.+#]+/gu, ' ')} `;
  return words(title).includes(words(surface));
}
