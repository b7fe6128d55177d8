// `talkgraph entities [--type T] [--suggest-merges]`: list entities, or likely duplicates to review.
import type { Command } from 'commander';
import { suggestMerges } from '../../../ingest/resolution/suggest-merges.js';
import { TalkgraphError } from '../../domain/errors.js';
import { ENTITY_TYPES, type EntityType } from '../../domain/model.js';
import { createServices } from '../create-services.js';
import { type StoreFlags, withStoreOptions } from '../store-options.js';

interface EntitiesFlags extends StoreFlags {
  type?: string;
  limit: string;
  suggestMerges?: boolean;
  json?: boolean;
}

export function registerEntities(program: Command): void {
  withStoreOptions(
    program.command('entities').description('list stored entities, or suggest merges of likely duplicates'),
  )
    .option('--type <type>', `one of ${ENTITY_TYPES.join(', ')}`)
    .option('--limit <n>', 'how many to list', '50')
    .option('--suggest-merges', 'list likely duplicate entities for review (add them to curation.yaml)')
    .option('--json', 'print JSON')
    .action(async (flags: EntitiesFlags) => {
      const type = flags.type ? toType(flags.type) : null;
      const { store } = await createServices({ ...flags, requireStore: true });
      try {
        const rows = await store.query('entities', {
          type,
          limit: flags.suggestMerges ? 1_000_000 : Number(flags.limit),
        });
        if (flags.suggestMerges) {
          const suggestions = suggestMerges(rows).slice(0, Number(flags.limit));
          const text = suggestions
            .map((s) => `${s.score.toFixed(2)}  merge ${s.merge} into ${s.keep}  (${s.reason})`)
            .join('\n');
          process.stdout.write(`${flags.json ? JSON.stringify(suggestions) : text || 'no likely duplicates'}\n`);
        } else {
          const text = rows.map((r) => `${r.id.padEnd(48)} ${String(r.posts).padStart(4)} posts  ${r.name}`).join('\n');
          process.stdout.write(`${flags.json ? JSON.stringify(rows) : text}\n`);
        }
      } finally {
        await store.close();
      }
    });
}

function toType(value: string): EntityType {
  const found = ENTITY_TYPES.find((t) => t.toLowerCase() === value.toLowerCase());
  if (!found)
    throw new TalkgraphError(
      'BAD_ARGUMENT',
      'entities',
      `--type ${value}`,
      `must be one of ${ENTITY_TYPES.join(', ')}`,
    );
  return found;
}
