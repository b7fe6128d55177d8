// Which node labels the graph draws: each at least a readable size on screen (larger on a
// phone, where the whole graph is drawn small), and where two would overlap the lower-ranked
// one is left out, as is one cut by the view's edge; its name shows on hover or tap, and once
// zoomed in far enough to fit.
// Rank is the centre, then nearest hop, most posts, id: the same data labels the same nodes.

const BASE = 12; // model font size (px at zoom 1)
const MARGIN = 2; // px kept clear around each drawn label

/** The smallest label drawn, in CSS px: a phone-width graph gets larger, fewer labels. */
export function minLabelPx(width) {
  return width < 600 ? 11 : 7;
}

const rank = (center) => (a, b) =>
  (a.id() === center ? -1 : b.id() === center ? 1 : 0) ||
  a.data('depth') - b.data('depth') ||
  b.data('posts') - a.data('posts') ||
  (a.id() < b.id() ? -1 : 1);

const overlaps = (a, b) => a.x1 - MARGIN < b.x2 && b.x1 - MARGIN < a.x2 && a.y1 - MARGIN < b.y2 && b.y1 - MARGIN < a.y2;

/** Sizes every label for the current zoom, then keeps the highest-ranked ones that do not collide. */
export function placeLabels(cy, center) {
  const size = Math.max(BASE, minLabelPx(cy.width()) / cy.zoom());
  cy.batch(() => {
    cy.nodes('.quiet').removeClass('quiet');
    cy.nodes().forEach((n) => n.style('font-size', n.id() === center ? size * 1.15 : size));
  });
  const taken = [];
  const quiet = [];
  const [w, h] = [cy.width(), cy.height()];
  for (const n of cy
    .nodes()
    .filter((x) => x.visible())
    .sort(rank(center))) {
    const box = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
    // A label cut by the edge of the view reads as a different word: leave it out too.
    const cut =
      box.x1 < w && box.x2 > 0 && box.y1 < h && box.y2 > 0 && (box.x1 < 0 || box.x2 > w || box.y1 < 0 || box.y2 > h);
    if (cut || taken.some((t) => overlaps(t, box))) quiet.push(n);
    else taken.push(box);
  }
  cy.batch(() => quiet.forEach((n) => n.addClass('quiet')));
}

/**
 * Fits the whole graph as it was first drawn: every label at the model size, so Fit always
 * gives the same view whatever labels the last zoom left out; labels are placed again after.
 */
export function fitAll(cy, padding = 24) {
  cy.batch(() => {
    cy.nodes('.quiet').removeClass('quiet');
    cy.nodes().forEach((n) => n.removeStyle('font-size'));
  });
  cy.fit(undefined, padding);
}

/** Places labels now and again after each zoom, pan or resize (once per frame at most). */
export function keepLabelsReadable(cy, center) {
  let queued = false;
  const again = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      placeLabels(cy, center);
    });
  };
  cy.on('zoom pan resize', again);
  placeLabels(cy, center);
  return again;
}
