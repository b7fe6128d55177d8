// Autocomplete as native datalist options (keyboard and screen-reader friendly), also inside a
// question: "who talked about cre" offers "who talked about credit2".
import { api, h } from './dom.js';

/** Wires `input` to suggest entity names for its last words into `list`. */
export function attachAutocomplete(input, list) {
  let pending;
  let asked = 0;
  input.addEventListener('input', () => {
    clearTimeout(pending);
    const value = input.value;
    const words = value.trimStart().split(/\s+/);
    // The name being typed: the last word, or the last two ("george dun").
    const tail = words.slice(-2).join(' ');
    const last = words.at(-1) ?? '';
    if (last.length < 2) return list.replaceChildren();
    pending = setTimeout(async () => {
      const ticket = ++asked;
      const [two, one] = await Promise.all([words.length > 1 ? suggest(tail) : Promise.resolve([]), suggest(last)]);
      if (ticket !== asked) return;
      const options = [];
      const seen = new Set();
      for (const [entities, typed] of [
        [two, tail],
        [one, last],
      ]) {
        const head = value.slice(0, value.length - typed.length);
        for (const e of entities) {
          const full = `${head}${e.name}`;
          if (seen.has(full.toLowerCase()) || full.trim().toLowerCase() === value.trim().toLowerCase()) continue;
          seen.add(full.toLowerCase());
          options.push(h('option', { value: full }, `${e.name} (${e.type})`));
        }
      }
      list.replaceChildren(...options.slice(0, 8));
    }, 150);
  });
}

async function suggest(prefix) {
  if (prefix.trim().length < 2) return [];
  const { entities } = await api(`/api/entities?q=${encodeURIComponent(prefix.trim())}&limit=6`).catch(() => ({
    entities: [],
  }));
  return entities;
}
