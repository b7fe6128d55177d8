// Collects relations once each (type, from, to), keeping the first sentence as evidence.
import type { Relation, RelationType } from '../../src/domain/model.js';

export class RelationSet {
  private readonly byKey = new Map<string, Relation>();
  constructor(private readonly postId: string) {}

  add(type: RelationType, from: string, to: string, sentence: string, title?: string | null): void {
    const key = `${type}|${from}|${to}`;
    if (this.byKey.has(key) || from === to) return;
    this.byKey.set(key, { type, from, to, evidence: { post: this.postId, sentence }, ...(title ? { title } : {}) });
  }

  /** Records on each MENTIONS and COVERS the names the post uses for its entity. */
  setNames(namesOf: (id: string) => string[]): void {
    for (const r of this.byKey.values())
      if (r.type === 'MENTIONS' || r.type === 'COVERS') r.names = [...new Set(namesOf(r.to))].sort();
  }

  list(): Relation[] {
    return [...this.byKey.values()];
  }
}
