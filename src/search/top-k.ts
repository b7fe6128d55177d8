// The first k items of a list in a comparator's order without sorting it whole: a bounded
// binary heap, O(n log k). Search cuts its thousands of hits to a page this way.

/**
 * The `k` smallest items of `items` by `cmp`, in `cmp` order; equal to `[...items].sort(cmp).slice(0, k)`
 * when `cmp` is a total order (ties broken, as search's are, by id).
 * @example topK([5, 1, 4, 2], 2, (a, b) => a - b) // [1, 2]
 */
export function topK<T>(items: readonly T[], k: number, cmp: (a: T, b: T) => number): T[] {
  if (k <= 0) return [];
  if (items.length <= k) return [...items].sort(cmp);
  // A max-heap of the k best so far: its root is the worst kept item.
  const heap: T[] = [];
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      up(heap, heap.length - 1, cmp);
    } else if (cmp(item, heap[0]!) < 0) {
      heap[0] = item;
      down(heap, 0, cmp);
    }
  }
  return heap.sort(cmp);
}

function up<T>(heap: T[], i: number, cmp: (a: T, b: T) => number): void {
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (cmp(heap[i]!, heap[parent]!) <= 0) return;
    [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
    i = parent;
  }
}

function down<T>(heap: T[], i: number, cmp: (a: T, b: T) => number): void {
  for (;;) {
    const [l, r] = [2 * i + 1, 2 * i + 2];
    let worst = i;
    if (l < heap.length && cmp(heap[l]!, heap[worst]!) > 0) worst = l;
    if (r < heap.length && cmp(heap[r]!, heap[worst]!) > 0) worst = r;
    if (worst === i) return;
    [heap[i], heap[worst]] = [heap[worst]!, heap[i]!];
    i = worst;
  }
}
