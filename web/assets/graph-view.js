// The graph explorer around an entity, drawn with cytoscape.js (loaded on demand);
// clicking a node opens its page. A list of the same links is there for keyboards and readers.
import { api, entityLink, h } from './dom.js';

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

const COLORS = { Person: '#1f5fbf', Project: '#2e8b57', Organization: '#b5651d', Event: '#8e44ad', Place: '#777' };

export function graphSection(center) {
  const box = h('div', { id: 'graph', role: 'img', 'aria-label': 'Graph of related people, projects and events' });
  const list = h('ul', { class: 'chips' });
  const section = h('section', {}, h('h2', {}, 'Graph'), box, h('h3', { class: 'visually-hidden' }, 'Nodes in the graph'), list);
  draw(center, box, list).catch((err) => box.replaceChildren(h('p', { class: 'error' }, err.message)));
  return section;
}

async function draw(center, box, list) {
  const g = await api(`/api/graph?center=${encodeURIComponent(center)}&depth=2`);
  list.replaceChildren(...g.nodes.filter((n) => n.id !== center).map((n) => h('li', {}, entityLink(n))));
  const cytoscape = await loadCytoscape();
  const cy = cytoscape({
    container: box,
    elements: [
      ...g.nodes.map((n) => ({ data: { id: n.id, label: n.name, color: COLORS[n.type] ?? '#777' } })),
      ...g.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, label: e.type.toLowerCase().replace('_', ' ') } })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', 'background-color': 'data(color)', 'font-size': 10, color: '#1d2330' } },
      { selector: `node[id = "${center.replace(/"/g, '')}"]`, style: { 'border-width': 3, 'border-color': '#f2a900' } },
      { selector: 'edge', style: { width: 1.5, 'line-color': '#c5ccd8', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#c5ccd8', 'curve-style': 'bezier' } },
    ],
    layout: { name: 'cose', animate: false },
  });
  cy.on('tap', 'node', (ev) => {
    const id = ev.target.id();
    if (id !== center) window.location.assign(`/entity/${encodeURIComponent(id)}`);
  });
}
