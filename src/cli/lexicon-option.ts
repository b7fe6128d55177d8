// The shared --lexicon option: a folder of extra lexicon files (or TALKGRAPH_LEXICON).
import { type Lexicon, loadLexicon } from '../../ingest/extraction/lexicon.js';

export const LEXICON_FLAG = '--lexicon <dir>';
export const LEXICON_HELP = 'folder of extra lexicon files (env TALKGRAPH_LEXICON)';

/** Loads the built-in lexicon plus the user's folder, if any. */
export function lexiconFrom(dir: string | undefined): Lexicon {
  return loadLexicon(dir ?? process.env.TALKGRAPH_LEXICON);
}
