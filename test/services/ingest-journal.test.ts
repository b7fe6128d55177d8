// Progress survives a failed run: the extractions made before the failure are journalled in
// the data folder and reused by the next run, which then deletes the journal.
import { appendFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_CURATION } from '../../ingest/resolution/curation.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { IngestJournal, JOURNAL_FILE } from '../../src/services/ingest-journal.js';
import { ingestCorpus } from '../../src/services/ingest-service.js';
import { EmbeddedStore } from '../../src/stores/embedded/embedded-store.js';
import { lexicon } from '../helpers/extract-text.js';

describe('ingest journal', () => {
  it('a run that fails after extracting keeps its extractions; the next run uses and clears them', async () => {
    const data = mkdtempSync(path.join(tmpdir(), 'talkgraph-journal-'));
    const store = EmbeddedStore.open(data);
    // The store fails where a crash or a lost server would: after all the extraction work.
    store.writePosts = async () => {
      throw new Error('simulated crash while writing');
    };
    await expect(
      ingestCorpus(['examples'], { store, index: SearchIndex.open(data), lexicon, curation: EMPTY_CURATION }),
    ).rejects.toThrow(/simulated crash/);
    const lines = readFileSync(path.join(data, JOURNAL_FILE), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(12);
    expect(IngestJournal.open(data).size).toBe(12);

    const again = await ingestCorpus(['examples'], {
      store: EmbeddedStore.open(data),
      index: SearchIndex.open(data),
      lexicon,
      curation: EMPTY_CURATION,
    });
    expect(again.ingested).toBe(12);
    expect(existsSync(path.join(data, JOURNAL_FILE))).toBe(false);
  });

  it('a line cut off by a kill is ignored, the rest is kept', () => {
    const data = mkdtempSync(path.join(tmpdir(), 'talkgraph-journal-cut-'));
    const journal = IngestJournal.open(data);
    const entry = { extraction: { post: { id: 'post:a' } }, plainText: 'a' } as never;
    journal.add('h1', 'a.md', entry);
    journal.close();
    const file = path.join(data, JOURNAL_FILE);
    appendFileSync(file, '{"key":"h2|b.md","extrac');
    const reopened = IngestJournal.open(data);
    expect(reopened.size).toBe(1);
    expect(reopened.get('h1', 'a.md')?.plainText).toBe('a');
  });
});
