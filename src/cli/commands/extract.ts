// `talkgraph extract PATH... [--json]`: entities and relations of posts, as JSON or a summary.
import type { Command } from 'commander';
import { extractFiles } from '../../../ingest/pipeline/extract-files.js';
import type { Extraction } from '../../domain/model.js';
import { LEXICON_FLAG, LEXICON_HELP, lexiconFrom } from '../lexicon-option.js';
import { type SiteFlags, siteOverrides, withSiteOptions } from '../site-options.js';

interface ExtractFlags extends SiteFlags {
  json?: boolean;
  lexicon?: string;
  maxBytes?: string;
  timeout?: string;
}

export function registerExtract(program: Command): void {
  withSiteOptions(
    program
      .command('extract')
      .description('extract entities and relations from a post file or a folder of posts')
      .argument(
        '<paths...>',
        'post files (Markdown, HTML) or folders (walked recursively), RSS/Atom feeds, WordPress exports',
      ),
  )
    .option('--json', 'print JSON, one object per post per line')
    .option(LEXICON_FLAG, LEXICON_HELP)
    .option('--max-bytes <n>', 'skip files larger than this', '2097152')
    .option('--timeout <ms>', 'time budget per post', '10000')
    .action(async (paths: string[], flags: ExtractFlags) => {
      const lexicon = lexiconFrom(flags.lexicon);
      const out: string[] = [];
      const summary = await extractFiles(paths, {
        lexicon,
        maxBytes: Number(flags.maxBytes),
        timeoutMs: Number(flags.timeout),
        overrides: siteOverrides(flags, 'extract'),
        // JSON Lines: one object per post, so a single file prints exactly one object.
        onPost: (x) => out.push(flags.json ? JSON.stringify(x) : describe(x)),
        onSkip: (s) => process.stderr.write(`skipped ${s.file}: ${s.reason} [${s.code}]\n`),
      });
      if (out.length) process.stdout.write(`${out.join('\n')}\n`);
      process.stderr.write(
        `extract: ${summary.read} read, ${summary.extracted} extracted, ${summary.skipped.length} skipped in ${summary.ms} ms\n`,
      );
      if (summary.extracted === 0 && summary.read > 0) process.exitCode = 1;
    });
}

/** One readable block per post for terminals: event, people, speakers and their topics. */
function describe(x: Extraction): string {
  const names = new Map(x.entities.map((e) => [e.id, e.name]));
  const byType = (t: string) =>
    x.entities
      .filter((e) => e.type === t)
      .map((e) => e.name)
      .join(', ') || '-';
  const talks = new Map<string, string[]>();
  for (const r of x.relations) {
    if (r.type === 'TALKED_ABOUT') talks.set(r.from, [...(talks.get(r.from) ?? []), names.get(r.to) ?? r.to]);
    if (r.type === 'SPOKE_AT' && !talks.has(r.from)) talks.set(r.from, []);
  }
  const lines = [
    `# ${x.post.title} (${x.post.id})`,
    `  event: ${x.event ? `${x.event.name} ${x.event.year ?? ''}`.trim() : '-'}`,
    `  people: ${byType('Person')}`,
    `  organizations: ${byType('Organization')}`,
    `  projects: ${byType('Project')}`,
    ...[...talks].map(([p, about]) => `  talk: ${names.get(p) ?? p} → ${about.join(', ') || '(no named topic)'}`),
  ];
  return lines.join('\n');
}
