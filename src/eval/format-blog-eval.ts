// The human report of an eval over several blogs: one row per blog and the micro-average,
// in set and leave-one-blog-out, then the floors each was scored with.
import type { Thresholds } from '../../ingest/pipeline/confidence-filter.js';
import type { BlogEval } from './blog-eval.js';
import type { QuestionReport } from './question-eval.js';
import type { EvalReport } from './run-eval.js';
import { METRICS } from './score.js';

const COLUMNS = ['blog', ...METRICS, 'event', 'questions r@5'];

/** Tables for `talkgraph eval`; the last line starts with `eval:` and carries the micro F1s. */
export function formatBlogEval(result: BlogEval, title: string): string {
  const lines = [`== ${title}: in set (shipped floors)`, header()];
  for (const b of result.blogs) lines.push(row(b.name, b.report, b.questions));
  lines.push(row('micro', result.micro, result.questions));
  lines.push('', `== ${title}: leave-one-blog-out (floors fitted on the other blogs)`, header());
  for (const b of result.blogs) lines.push(row(b.name, b.leftOut));
  lines.push(row('micro', result.leftOutMicro));
  lines.push('', `floors shipped: ${floors(result.thresholds)}`);
  for (const b of result.blogs) lines.push(`floors without ${b.name}: ${floors(b.leftOutThresholds)}`);
  const missing = result.blogs.flatMap((b) => b.report.missingFiles.map((f) => `${b.name}/${f}`));
  if (missing.length) lines.push(`missing corpus files: ${missing.join(', ')}`);
  const f1s = METRICS.map((m) => `${m}=${result.micro.totals[m].f1.toFixed(3)}`).join(' ');
  const q = result.questions ? ` recall@5=${result.questions.recallAt5.toFixed(3)}` : '';
  lines.push(`eval: ${f1s} event=${result.micro.events.right}/${result.micro.events.total}${q}`);
  return lines.join('\n');
}

function header(): string {
  return COLUMNS.map((c, i) => c.padEnd(i === 0 ? 12 : Math.max(c.length + 2, 8))).join('');
}

function row(name: string, r: EvalReport, q?: QuestionReport): string {
  const cells = [name.padEnd(12), ...METRICS.map((m) => r.totals[m].f1.toFixed(3).padEnd(Math.max(m.length + 2, 8)))];
  cells.push(
    `${r.events.right}/${r.events.total} (${(r.events.total ? r.events.right / r.events.total : 0).toFixed(2)})`.padEnd(
      14,
    ),
  );
  cells.push(q ? `${q.recallAt5.toFixed(3)} (${q.questions.length} q)` : '');
  return cells.join('').trimEnd();
}

function floors(t: Thresholds): string {
  const entries = Object.entries(t);
  return entries.length ? entries.map(([k, v]) => `${k} ${v}`).join(', ') : 'none';
}
