// Entity names by prefix (autocomplete and search's entity facet): every name and alias, and
// each of their words, lower-cased and sorted once per load, so a prefix is a binary search
// instead of lower-casing and splitting every name on every keystroke.
import type { EntityRow } from '../stores/named-queries.js';

export class NamePrefixes {
  /** [lower-cased name or word, index into `entities`], sorted by UTF-16 code units. */
  private readonly keys: Array<[string, number]> = [];

  constructor(private readonly entities: readonly EntityRow[]) {
    entities.forEach((e, i) => {
      for (const name of [e.name, ...e.aliases]) {
        const lower = name.toLowerCase();
        for (const key of [lower, ...lower.split(/[\s-]+/)]) this.keys.push([key, i]);
      }
    });
    this.keys.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  }

  /**
   * The entities a name, alias or word of which starts with `q` (any case), in load order.
   * @example new NamePrefixes(rows).starting('open') // Open vSwitch, OpenStack, Red Hat OpenShift, …
   */
  starting(q: string): EntityRow[] {
    const needle = q.toLowerCase();
    // Keys starting with the needle are one run in code-unit order; find its first.
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[mid]![0] < needle) lo = mid + 1;
      else hi = mid;
    }
    const found = new Set<number>();
    for (let i = lo; i < this.keys.length && this.keys[i]![0].startsWith(needle); i++) found.add(this.keys[i]![1]);
    return [...found].sort((a, b) => a - b).map((i) => this.entities[i]!);
  }
}
