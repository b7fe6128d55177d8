// Progress for long runs: a real bar (posts/s, ETA) on a terminal, plain log lines otherwise.
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/** A bar on a TTY stderr; elsewhere a line every `every` posts and at the end. */
export function createProgress(label: string, stream: NodeJS.WriteStream = process.stderr, every = 100): Progress {
  if (stream.isTTY) {
    const started = Date.now();
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: `${label} [{bar}] {value}/{total} posts · {rate} posts/s · ETA {eta_formatted}`,
        hideCursor: true,
        clearOnComplete: false,
      },
      cliProgress.Presets.shades_classic,
    );
    let begun = false;
    return {
      update(done, total) {
        if (!begun) bar.start(total, 0, { rate: '0.0' });
        begun = true;
        const rate = (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
        bar.update(done, { rate });
      },
      stop: () => begun && bar.stop(),
    };
  }
  let last = 0;
  return {
    update(done, total) {
      if (done - last >= every || done === total) {
        stream.write(`${label}: ${done}/${total} posts\n`);
        last = done;
      }
    },
    stop() {},
  };
}
