// The graph explorer (/graph/:id), the only page that loads cytoscape.js. The neighbourhood is
// capped and ranked by the API; here: filters by type and relation, a legend, zoom / fit /
// reset, a deterministic ring layout, hover details, edge labels on demand, click to expand
// in place, and on touch screens the page scrolls (the graph does not grab the swipe).
import { api, entityLink, h, show } from './dom.js';
import { fitAll, keepLabelsReadable } from './graph-labels.js';
import { ringAround, ringLayout, shortLabel } from './graph-layout.js';

const COLORS = { Person: '#1f5fbf', Project: '#2e7d4f', Organization: '#a65a14', Event: '#7b3fa0', Place: '#5f6672' };
const RELS = { TALKED_ABOUT: 'talked about', SPOKE_AT: 'spoke at', AFFILIATED_WITH: 'works at' };

let loading;
function loadCytoscape() {
  loading ??= new Promise((resolve, reject) => {
    const s = h('script', { src: '/vendor/cytoscape.min.js' });
    s.onload = () => resolve(window.cytoscape);
    s.onerror = () => reject(new Error('graph library failed to load'));
    document.head.append(s);
  });
  return loading;
}

export async function graphPage(center, params = new URLSearchParams(location.search)) {
  const limit = Number(params.get('limit')) || 60;
  const g = await api(`/api/graph?center=${encodeURIComponent(center)}&depth=2&limit=${limit}`);
  const root = g.nodes.find((n) => n.id === center);
  const box = h('div', {
    id: 'graph',
    class: g.nodes.length > 50 ? 'big' : null,
    role: 'application',
    'aria-label': `Graph around ${root.name}; the list below has the same links`,
  });
  const details = h(
    'div',
    { class: 'graph-details', 'aria-live': 'polite' },
    h('p', { class: 'muted' }, 'Point at a node for details; click it to expand its links here.'),
  );
  const controls = controlBar(g);
  const list = nodeList(g);
  show(
    `Graph: ${root.name}`,
    h('p', { class: 'kicker' }, 'Graph'),
    h('h1', {}, root.name),
    h(
      'p',
      { class: 'muted' },
      `The ${g.nodes.length - 1} strongest links within two steps. `,
      g.hidden
        ? [
            `${g.hidden} weaker ${g.hidden === 1 ? 'one is' : 'ones are'} left out (`,
            h('a', { href: `/graph/${encodeURIComponent(center)}?limit=${Math.min(300, limit * 2)}` }, 'show more'),
            '). ',
          ]
        : null,
      entityLink(root, `Open the ${root.type.toLowerCase()} page`),
    ),
    controls.el,
    h('div', { class: 'graph-wrap' }, box, details),
    list,
  );
  const cytoscape = await loadCytoscape();
  const cy = draw(cytoscape, box, g, center);
  letTouchScroll(box);
  wire(cy, controls, details, center, g, keepLabelsReadable(cy, center));
  window.__talkgraphCy = cy;
}

/**
 * On a touch screen a one-finger swipe over the graph scrolls the page: cytoscape listens for
 * touchmove on the window and cancels it, so the move is kept from reaching it (a tap, which
 * has no move, still selects and expands a node).
 */
function letTouchScroll(box) {
  if (!window.matchMedia('(pointer: coarse)').matches) return;
  box.addEventListener(
    'touchmove',
    (ev) => {
      if (ev.touches.length === 1) ev.stopPropagation();
    },
    { capture: true, passive: true },
  );
}

function controlBar(g) {
  const types = [...new Set(g.nodes.map((n) => n.type))];
  const rels = [...new Set(g.edges.map((e) => e.type))];
  const check = (group, value, label, swatch) =>
    h(
      'label',
      { class: 'check' },
      h('input', { type: 'checkbox', checked: '', 'data-group': group, value }),
      swatch
        ? h('span', { class: 'swatch', style: `background:${COLORS[value] ?? '#777'}`, 'aria-hidden': 'true' })
        : null,
      ` ${label}`,
    );
  const count = (t) => g.nodes.filter((n) => n.type === t).length;
  const el = h(
    'div',
    { class: 'graph-controls' },
    h(
      'fieldset',
      {},
      h('legend', {}, 'Show types (legend)'),
      types.map((t) => check('type', t, `${t} (${count(t)})`, true)),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Show links'),
      rels.map((r) => check('rel', r, RELS[r] ?? r)),
    ),
    h(
      'div',
      { class: 'buttons', role: 'group', 'aria-label': 'View' },
      h('button', { type: 'button', 'data-act': 'zoom-in', 'aria-label': 'Zoom in' }, '+'),
      h('button', { type: 'button', 'data-act': 'zoom-out', 'aria-label': 'Zoom out' }, '−'),
      h('button', { type: 'button', 'data-act': 'fit' }, 'Fit'),
      h('button', { type: 'button', 'data-act': 'reset' }, 'Reset'),
      h('label', { class: 'check' }, h('input', { type: 'checkbox', 'data-act': 'labels' }), ' Link labels'),
    ),
  );
  return { el };
}

function nodeList(g) {
  return h(
    'section',
    {},
    h('h2', {}, 'Everything in the graph'),
    h(
      'ul',
      { class: 'chips' },
      g.nodes.filter((n) => n.depth > 0).map((n) => h('li', {}, entityLink(n))),
    ),
  );
}

const aspectOf = (box) => (box.clientWidth && box.clientHeight ? box.clientWidth / box.clientHeight : 1);

function elementsOf(g, pos) {
  return [
    ...g.nodes.map((n) => ({
      group: 'nodes',
      data: {
        id: n.id,
        label: shortLabel(n.name),
        name: n.name,
        type: n.type,
        posts: n.posts,
        depth: n.depth,
        color: COLORS[n.type] ?? '#777',
        size: Math.round(14 + Math.min(16, Math.sqrt(n.posts || 1) * 3)),
      },
      position: { ...(pos[n.id] ?? { x: 0, y: 0 }) },
    })),
    ...g.edges.map((e) => ({
      group: 'edges',
      data: {
        id: `${e.type}|${e.source}|${e.target}`,
        source: e.source,
        target: e.target,
        rel: e.type,
        label: RELS[e.type] ?? e.type,
      },
    })),
  ];
}

function draw(cytoscape, box, g, center) {
  const coarse = window.matchMedia('(pointer: coarse)').matches;
  return cytoscape({
    container: box,
    elements: elementsOf(g, ringLayout(g.nodes, center, aspectOf(box))),
    layout: { name: 'preset', fit: true, padding: 24 },
    // On a touch screen a swipe scrolls the page; zoom and fit are on the buttons.
    userPanningEnabled: !coarse,
    userZoomingEnabled: !coarse,
    boxSelectionEnabled: false,
    autoungrabify: coarse,
    minZoom: 0.15,
    maxZoom: 3,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'background-color': 'data(color)',
          width: 'data(size)',
          height: 'data(size)',
          'font-size': 12,
          color: '#1d2330',
          'text-valign': 'bottom',
          'text-margin-y': 3,
          'text-background-color': '#fff',
          'text-background-opacity': 0.8,
          'text-background-padding': 1,
          'min-zoomed-font-size': 6,
        },
      },
      {
        selector: `node[id = "${center.replace(/["\\]/g, '')}"]`,
        style: { 'border-width': 4, 'border-color': '#f2a900', 'font-size': 14, 'font-weight': 'bold' },
      },
      {
        selector: 'edge',
        style: {
          width: 1.5,
          'line-color': '#b8c0cc',
          'target-arrow-shape': 'triangle',
          'target-arrow-color': '#b8c0cc',
          'curve-style': 'bezier',
          'font-size': 9,
          color: '#3a4150',
          'text-rotation': 'autorotate',
          'text-background-color': '#fff',
          'text-background-opacity': 0.8,
        },
      },
      { selector: 'edge.labelled', style: { label: 'data(label)' } },
      { selector: '.faded', style: { opacity: 0.25 } },
      { selector: '.hidden', style: { display: 'none' } },
      { selector: 'node.hover', style: { 'border-width': 3, 'border-color': '#1d2330' } },
      // A label left out for room (graph-labels.js) comes back while its node is pointed at.
      { selector: 'node.quiet', style: { label: '' } },
      { selector: 'node.quiet.hover', style: { label: 'data(label)', 'z-index': 10 } },
    ],
  });
}

function wire(cy, controls, details, center, g, relabel) {
  const el = controls.el;
  const original = new Set(g.nodes.map((n) => n.id));
  const apply = () => {
    const types = new Set([...el.querySelectorAll('input[data-group="type"]:checked')].map((i) => i.value));
    const rels = new Set([...el.querySelectorAll('input[data-group="rel"]:checked')].map((i) => i.value));
    cy.batch(() => {
      cy.nodes().forEach((n) => n.toggleClass('hidden', n.id() !== center && !types.has(n.data('type'))));
      cy.edges().forEach((e) => e.toggleClass('hidden', !rels.has(e.data('rel'))));
    });
    relabel();
  };
  el.addEventListener('change', (ev) => {
    if (ev.target.dataset.act === 'labels') cy.edges().toggleClass('labelled', ev.target.checked);
    else apply();
  });
  el.addEventListener('click', (ev) => {
    const act = ev.target.closest('button')?.dataset.act;
    const mid = { x: cy.width() / 2, y: cy.height() / 2 };
    if (act === 'zoom-in') cy.zoom({ level: cy.zoom() * 1.3, renderedPosition: mid });
    if (act === 'zoom-out') cy.zoom({ level: cy.zoom() / 1.3, renderedPosition: mid });
    if (act === 'fit') {
      fitAll(cy);
      relabel();
    }
    if (act === 'reset') {
      cy.remove(cy.nodes().filter((n) => !original.has(n.id())));
      const pos = ringLayout(g.nodes, center, aspectOf(cy.container()));
      cy.nodes().forEach((n) => n.position({ ...pos[n.id()] }));
      for (const i of el.querySelectorAll('input[data-group]')) i.checked = true;
      apply(); // shows every node again and places labels on the next frame, after the fit
      fitAll(cy);
    }
  });
  cy.on('mouseover', 'node', (ev) => describe(ev.target, details, cy));
  cy.on('mouseout', 'node', (ev) => ev.target.removeClass('hover'));
  cy.on('tap', 'node', (ev) => {
    describe(ev.target, details, cy);
    expand(cy, ev.target, apply).catch((err) => details.append(h('p', { class: 'error' }, err.message)));
  });
}

function describe(node, details, cy) {
  cy.nodes('.hover').removeClass('hover');
  node.addClass('hover');
  const links = node.connectedEdges().length;
  details.replaceChildren(
    h('p', {}, h('strong', {}, node.data('name')), h('span', { class: 'type' }, node.data('type'))),
    h(
      'p',
      { class: 'muted' },
      `${node.data('posts')} post${node.data('posts') === 1 ? '' : 's'} · ${links} link${links === 1 ? '' : 's'} shown`,
    ),
    h('p', {}, entityLink({ id: node.id(), name: 'Open its page' })),
  );
}

/** Adds the node's own strongest links around it, without moving anything else. */
async function expand(cy, node, apply) {
  if (node.data('expanded')) return;
  node.data('expanded', true);
  const g = await api(`/api/graph?center=${encodeURIComponent(node.id())}&depth=1&limit=16`);
  const fresh = g.nodes.filter((n) => n.id !== node.id() && cy.getElementById(n.id).empty());
  const pos = ringAround(node.position(), fresh);
  cy.add(elementsOf({ nodes: fresh.map((n) => ({ ...n, depth: 9 })), edges: [] }, pos));
  cy.add(
    elementsOf(
      { nodes: [], edges: g.edges.filter((e) => cy.getElementById(`${e.type}|${e.source}|${e.target}`).empty()) },
      {},
    ),
  );
  apply();
}
