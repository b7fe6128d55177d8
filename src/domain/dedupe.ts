// Dropping repeats from a list by a key, keeping the first of each: one helper for stores and stages.

/**
 * The items of `list` whose key has not been seen before, in order.
 * @param list items, possibly repeated
 * @param key what makes two items the same
 * @example dedupeBy([{ id: 'a' }, { id: 'a' }], (x) => x.id) // → [{ id: 'a' }]
 */
export function dedupeBy<T>(list: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of list) {
    const k = key(item);
    if (!seen.has(k)) seen.set(k, item);
  }
  return [...seen.values()];
}
