// Union-find (disjoint sets) over string keys: resolution groups the names of one thing with it,
// within a post and across posts. Which root a union keeps is the caller's rule.

/** Of two roots, the one a union keeps as the root of both. */
export type KeepRoot = (a: string, b: string) => string;

/**
 * Disjoint sets of keys; `find` compresses paths as it goes.
 * @example
 * const groups = new UnionFind((a, b) => (a.length >= b.length ? a : b));
 * groups.union('p:konrad', 'p:konrad wilk');
 * groups.find('p:konrad'); // → "p:konrad wilk"
 */
export class UnionFind {
  private readonly parent = new Map<string, string>();

  /** @param keep picks the root of a union from the two roots (called only when they differ) */
  constructor(private readonly keep: KeepRoot) {}

  /** Adds `key` as a set of its own, unless it is already in one. */
  add(key: string): void {
    if (!this.parent.has(key)) this.parent.set(key, key);
  }

  /** The root of `key`'s set (adding `key` when new). */
  find(key: string): string {
    this.add(key);
    let root = key;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(key, root);
    return root;
  }

  /** Joins the sets of `a` and `b` under the root `keep` picks. */
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const root = this.keep(ra, rb);
    this.parent.set(root === ra ? rb : ra, root);
  }

  /** Every key added so far, in the order first added. */
  keys(): IterableIterator<string> {
    return this.parent.keys();
  }
}
