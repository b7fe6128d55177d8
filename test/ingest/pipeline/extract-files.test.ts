// A run over a folder: bad files are skipped with a reason, the rest is extracted.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFiles } from '../../../ingest/pipeline/extract-files.js';
import { extractPost } from '../../../ingest/pipeline/extract-post.js';
import { ENTITY_TYPES, type Extraction, RELATION_TYPES } from '../../../src/domain/model.js';
import { lexicon } from '../../helpers/extract-text.js';

describe('extractFiles', () => {
  it('goes on past bad files and counts them with their reasons', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'talkgraph-run-'));
    writeFileSync(path.join(dir, 'good.md'), '---\ntitle: KubeCon 2023 recap\n---\nMaria Lopez talked about Podman.\n');
    writeFileSync(path.join(dir, 'empty.md'), '');
    writeFileSync(path.join(dir, 'bad-yaml.md'), '---\ntitle: [oops\n---\nText\n');
    writeFileSync(path.join(dir, 'binary.md'), Buffer.from([1, 0, 2, 3]));
    const seen: Extraction[] = [];
    const summary = await extractFiles([dir], { lexicon, onPost: (x) => seen.push(x) });
    expect(summary.read).toBe(4);
    expect(summary.extracted).toBe(1);
    expect(summary.skipped.map((s) => [path.basename(s.file), s.code]).sort()).toEqual([
      ['bad-yaml.md', 'FRONT_MATTER_INVALID'],
      ['binary.md', 'BINARY_FILE'],
      ['empty.md', 'EMPTY_FILE'],
    ]);
    expect(summary.skipped.every((s) => s.reason.includes(s.file))).toBe(true);
    expect(seen[0]!.event).toEqual({ name: 'KubeCon', year: 2023 });
  });

  it('gives up on a post past its time budget with DOCUMENT_TIMEOUT', () => {
    const body = 'Maria Lopez talked about Podman. '.repeat(400);
    expect(() => extractPost('slow.md', `---\ntitle: x\n---\n${body}`, { lexicon, timeoutMs: 0 })).toThrowError(
      expect.objectContaining({ code: 'DOCUMENT_TIMEOUT' }),
    );
  });
});

describe('the extract output contract', () => {
  it('has post, event, entities and relations in the documented shape', () => {
    const x = extractPost(
      'c.md',
      '---\ntitle: "Xen Summit 2010: day one"\nauthor: Pat Writer\nurl: /2010/04/29/x/\ntags: [xen]\n---\nGeorge Dunlap talked about the credit2 scheduler.\n',
      { lexicon },
    );
    expect(Object.keys(x)).toEqual(['post', 'event', 'entities', 'relations']);
    expect(x.post).toMatchObject({
      id: 'post:local:2010-04-29-x',
      title: 'Xen Summit 2010: day one',
      url: '/2010/04/29/x/',
      author: 'Pat Writer',
      tags: ['xen'],
    });
    for (const e of x.entities) {
      expect(Object.keys(e).sort()).toEqual(['aliases', 'confidence', 'id', 'name', 'type']);
      expect(ENTITY_TYPES).toContain(e.type);
    }
    const ids = new Set([...x.entities.map((e) => e.id), x.post.id]);
    for (const r of x.relations) {
      expect(RELATION_TYPES).toContain(r.type);
      expect(ids.has(r.from) && ids.has(r.to)).toBe(true);
      expect(r.evidence.post).toBe(x.post.id);
    }
    const talk = x.relations.find((r) => r.type === 'TALKED_ABOUT');
    expect(talk).toMatchObject({
      from: 'person:george-dunlap',
      to: 'project:credit2',
      evidence: { sentence: 'George Dunlap talked about the credit2 scheduler.' },
    });
    expect(x.relations.map((r) => r.type)).toEqual(
      expect.arrayContaining(['WROTE', 'COVERS', 'MENTIONS', 'SPOKE_AT', 'TALKED_ABOUT']),
    );
  });
});
