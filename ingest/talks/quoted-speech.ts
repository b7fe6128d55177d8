// What the author says in their own voice: first person inside quotes is someone else's.
// 'He said: "I will compare my compilers."' → the author did not present anything.
import type { Sentence } from '../document/build-document.js';

/** Quote marks that open and close quoted speech; a straight quote does both. */
const OPENERS = new Set(['"', '“']);
const CLOSERS = new Set(['"', '”']);

/**
 * Each sentence's text with quoted speech blanked out, indexed like `sentences`. A quote left
 * open runs on into the block's next sentences, as a quoted paragraph does.
 */
export function ownWords(sentences: Sentence[]): string[] {
  const out: string[] = [];
  let open = false;
  let block = -1;
  for (const s of sentences) {
    if (s.block !== block) {
      open = false;
      block = s.block;
    }
    let text = '';
    for (const ch of s.text) {
      if (open && CLOSERS.has(ch)) open = false;
      else if (!open && OPENERS.has(ch)) open = true;
      else if (!open) text += ch;
      else text += ' ';
    }
    out[s.index] = text;
  }
  return out;
}
