// CLI twins of the API: `talkgraph search | ask | related`, readable or --json.
import type { Command } from 'commander';
import type { Snippet } from '../../query/snippets.js';
import { withService } from '../open-service.js';
import { type StoreFlags, withStoreOptions } from '../store-options.js';

interface Flags extends StoreFlags {
  json?: boolean;
  limit: string;
}

// Snippets arrive as text with marks: rendered here as *word*, never decoded from HTML.
const plain = (s: Snippet) =>
  s.marks.reduceRight((t, [a, b]) => `${t.slice(0, a)}*${t.slice(a, b)}*${t.slice(b)}`, s.text);
const print = (flags: Flags, value: unknown, text: () => string) =>
  process.stdout.write(`${flags.json ? JSON.stringify(value) : text()}\n`);

export function registerAnswers(program: Command): void {
  withStoreOptions(program.command('search').description('keyword search over posts').argument('<query...>'))
    .option('--limit <n>', 'results', '10')
    .option('--json', 'print JSON')
    .action((words: string[], flags: Flags) =>
      withService(flags, async (service) => {
        const r = await service.search(words.join(' '), Number(flags.limit));
        print(flags, r, () =>
          [
            ...(r.entity
              ? [
                  `${r.entity.type} ${r.entity.name} (${r.entity.posts} posts)${r.entity.talkedAbout.length ? `: ${r.entity.talkedAbout.join(', ')}` : ''}`,
                ]
              : []),
            `${r.total} posts`,
            ...r.posts.map((p) => `  ${p.title} (${p.id})\n    ${plain(p.highlight)}`),
          ].join('\n'),
        );
      }),
    );
  withStoreOptions(program.command('ask').description('answer a question from the graph').argument('<question...>'))
    .option('--limit <n>', 'answers', '10')
    .option('--json', 'print JSON (the ask output contract)')
    .action((words: string[], flags: Flags) =>
      withService(flags, async (service) => {
        const r = await service.ask(words.join(' '));
        print(flags, r, () =>
          [
            `${r.intent}${r.entity ? ` · ${r.entity.name}` : ''}`,
            ...r.answers.slice(0, Number(flags.limit)).map(
              (a) =>
                `  ${a.name} (${a.type})\n${a.evidence
                  .slice(0, 2)
                  .map((e) => `    "${e.sentence}" — ${e.title}`)
                  .join('\n')}`,
            ),
            ...(r.answers.length ? [] : r.posts.slice(0, 5).map((p) => `  ${p.title}: ${plain(p.highlight)}`)),
          ].join('\n'),
        );
      }),
    );
  withStoreOptions(
    program
      .command('related')
      .description('related posts of a post (by id or URL)')
      .argument('<post>', 'post id or URL'),
  )
    .option('--limit <n>', 'results', '5')
    .option('--json', 'print JSON')
    .action((post: string, flags: Flags) =>
      withService(flags, async (service) => {
        const ref = post.startsWith('post:') ? { id: post } : { url: post };
        const r = await service.related(ref, Number(flags.limit));
        print(flags, r, () =>
          [`related to ${r.post.title}:`, ...r.related.map((p) => `  ${p.title} — ${p.why}`)].join('\n'),
        );
      }),
    );
}
