// A deterministic layout that keeps labels apart: the centre in the middle, the other nodes on
// rings by rank (nearest hop, then most posts), each ring only as full as its labels allow.
// Same input, same picture: no randomness, so a reload shows the same graph.

export const LABEL_MAX = 22;
const CHAR = 7; // px per character at the label font size (12 px)
const GAP = 18;

/** "A very long project name indeed" → "A very long project n…". */
export function shortLabel(name) {
  return name.length > LABEL_MAX ? `${name.slice(0, LABEL_MAX - 1)}…` : name;
}

const widthOf = (n) => Math.max(40, shortLabel(n.name).length * CHAR);

/** Nodes in rank order: by hop, then posts, then id (stable). */
export function ranked(nodes, center) {
  return nodes
    .filter((n) => n.id !== center)
    .sort((a, b) => a.depth - b.depth || b.posts - a.posts || (a.id < b.id ? -1 : 1));
}

/**
 * Positions {id: {x, y}} for `nodes` around `center`. `aspect` (width / height of the view)
 * stretches the rings into ellipses so a wide screen is used, not just a square in it, and a
 * tall one (a phone) stacks the labels down its sides.
 */
export function ringLayout(nodes, center, aspect = 1) {
  const ax = Math.max(1, Math.min(2.2, aspect));
  const ay = Math.max(1, Math.min(1.8, 1 / aspect));
  const pos = { [center]: { x: 0, y: 0 } };
  const order = ranked(nodes, center);
  let radius = 0;
  let i = 0;
  let prevMax = widthOf(nodes.find((n) => n.id === center) ?? { name: '' });
  while (i < order.length) {
    // The next ring clears the widest label of the ring inside it where labels stand side by
    // side (3 and 9 o'clock, stretched by the aspect) and their height elsewhere.
    radius += Math.max(radius ? 48 : 70, (prevMax / 2 + 70) / ax);
    const ring = [];
    let arc = 0;
    // Ramanujan's approximation of the ellipse's perimeter (semi-axes radius * ax and radius * ay).
    const a = radius * ax;
    const b = radius * ay;
    const circumference = Math.PI * (3 * (a + b) - Math.sqrt((3 * a + b) * (a + 3 * b)));
    while (i < order.length && arc + widthOf(order[i]) + GAP <= circumference) {
      arc += widthOf(order[i]) + GAP;
      ring.push(order[i++]);
    }
    if (!ring.length) ring.push(order[i++]);
    let angle = -Math.PI / 2;
    const spare = (circumference - arc) / ring.length;
    for (const n of ring) {
      const step = ((widthOf(n) + GAP + spare) / circumference) * 2 * Math.PI;
      angle += step / 2;
      pos[n.id] = { x: Math.round(a * Math.cos(angle)), y: Math.round(b * Math.sin(angle)) };
      angle += step / 2;
    }
    prevMax = Math.max(...ring.map(widthOf));
  }
  return pos;
}

/** Positions for `added` nodes on a small ring around `at` (expanding a node in place). */
export function ringAround(at, added, radius = 110) {
  const pos = {};
  added.forEach((n, k) => {
    const angle = (2 * Math.PI * k) / Math.max(1, added.length) - Math.PI / 2;
    pos[n.id] = {
      x: Math.round(at.x + (radius + (k % 2) * 40) * Math.cos(angle)),
      y: Math.round(at.y + (radius + (k % 2) * 40) * Math.sin(angle)),
    };
  });
  return pos;
}
