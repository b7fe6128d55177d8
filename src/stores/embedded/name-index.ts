// The embedded graph's entities by folded name (foldForm of the name and of each alias), for the
// 'entities-matching' query resolution asks: built on first use, then kept in step node by node.
import { foldForm } from '../../domain/name-fold.js';
import type { Graph } from './embedded-types.js';

const indexes = new WeakMap<Graph, NameIndex>();

/** The name index of `graph` (one per graph, following its changes from the first call on). */
export function namesOf(graph: Graph): NameIndex {
  let index = indexes.get(graph);
  if (!index) {
    index = new NameIndex(graph);
    indexes.set(graph, index);
  }
  return index;
}

/** Entity ids by the folded forms of their names; a write re-reads only the nodes it changed. */
export class NameIndex {
  private byForm: Map<string, Set<string>> | null = null;
  private readonly formsOf = new Map<string, string[]>();
  private readonly dirty = new Set<string>();

  constructor(private readonly graph: Graph) {
    const mark = ({ key }: { key: string }) => this.mark(key);
    graph.on('nodeAdded', mark);
    graph.on('nodeDropped', mark);
    graph.on('nodeAttributesUpdated', mark);
    graph.on('cleared', () => {
      this.byForm = null;
      this.formsOf.clear();
      this.dirty.clear();
    });
  }

  /** Notes that node `id`'s names may have changed, or that it is gone (aliases set in place fire no event). */
  mark(id: string): void {
    if (this.byForm) this.dirty.add(id);
  }

  /** The entities whose name or an alias folds to one of `forms`. */
  matching(forms: string[]): Set<string> {
    const byForm = this.current();
    const out = new Set<string>();
    for (const form of forms) for (const id of byForm.get(form) ?? []) out.add(id);
    return out;
  }

  private current(): Map<string, Set<string>> {
    if (!this.byForm) {
      this.byForm = new Map();
      this.graph.forEachNode((id) => this.add(id));
    }
    for (const id of this.dirty) {
      for (const form of this.formsOf.get(id) ?? []) this.byForm.get(form)?.delete(id);
      this.formsOf.delete(id);
      this.add(id);
    }
    this.dirty.clear();
    return this.byForm;
  }

  private add(id: string): void {
    if (!this.graph.hasNode(id)) return;
    const a = this.graph.getNodeAttributes(id);
    if (a.kind !== 'Entity') return;
    const forms = [...new Set([a.name, ...a.aliases].map(foldForm))];
    this.formsOf.set(id, forms);
    for (const form of forms) {
      const ids = this.byForm!.get(form);
      if (ids) ids.add(id);
      else this.byForm!.set(form, new Set([id]));
    }
  }
}
