// Small helpers the benchmarks share: percentiles, timing of repeated calls, table printing.

/** The q-quantile (0..1) of `ms`, nearest rank. */
export function percentile(ms: number[], q: number): number {
  const sorted = [...ms].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

/**
 * Calls `run` on `inputs` round-robin `calls` times: wall p50 and p99 in ms, and the mean CPU
 * ms per call (this process, all threads), which a busy machine inflates far less than wall time.
 */
export async function latency<T>(
  inputs: T[],
  calls: number,
  run: (x: T) => Promise<unknown>,
): Promise<{ calls: number; p50: number; p99: number; cpu: number }> {
  for (const x of inputs) await run(x); // warm-up: first calls compile and fill caches
  const ms: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < calls; i++) {
    const t = performance.now();
    await run(inputs[i % inputs.length]!);
    ms.push(performance.now() - t);
  }
  const used = process.cpuUsage(cpu);
  return { calls, p50: percentile(ms, 0.5), p99: percentile(ms, 0.99), cpu: (used.user + used.system) / 1000 / calls };
}

/** A Markdown table. */
export function table(head: string[], rows: Array<Array<string | number>>): string {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

export const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
