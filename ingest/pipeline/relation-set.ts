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

  list(): Relation[] {
    return [...this.byKey.values()];
  }
}
