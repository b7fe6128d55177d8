// `talkgraph serve` as a user runs it: start-up time, RSS, and HTTP throughput of /api/search
// and /api/ask against an Express hello world, on loopback, each for a bounded duration.

import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';

const BIN = path.resolve('bin/talkgraph.js');
const HELLO = `import express from 'express'; const app = express(); app.get('/', (_q, r) => r.json({ hello: 'world' }));
app.listen(Number(process.env.PORT), '127.0.0.1', () => console.error('serving'));`;

export interface Server {
  child: ChildProcess;
  port: number;
  /** Spawn until the 'serving' line, and until /readyz answers (store loaded), in ms. */
  listeningMs: number;
  readyMs: number;
}

/** Starts `args` (a node command line) and waits until it serves on `port`. */
export async function startServer(
  args: string[],
  port: number,
  env: NodeJS.ProcessEnv = process.env,
  readyPath = '/readyz',
): Promise<Server> {
  const t = performance.now();
  const child = spawn(process.execPath, args, {
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => d.toString().includes('serving') && resolve());
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited ${code}`)));
  });
  const listeningMs = performance.now() - t;
  for (
    let i = 0;
    i < 200 &&
    !(await fetch(`http://127.0.0.1:${port}${readyPath}`).then(
      (r) => r.ok,
      () => false,
    ));
    i++
  )
    await new Promise((r) => setTimeout(r, 25));
  return { child, port, listeningMs, readyMs: performance.now() - t };
}

export function startServe(data: string[], port: number, env?: NodeJS.ProcessEnv): Promise<Server> {
  return startServer([BIN, 'serve', ...data, '--port', String(port)], port, env);
}

export function startHello(port: number): Promise<Server> {
  return startServer(['--input-type=module', '-e', HELLO], port, process.env, '/');
}

/** Resident set size of a process in MiB (Linux /proc). */
export function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return line ? Number(line.replace(/\D+/g, '')) / 1024 : NaN;
}

/** CPU time a process has used, in ms (Linux /proc: utime + stime at 100 ticks a second). */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
    .replace(/^.*\) /s, '')
    .split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

export interface Load {
  name: string;
  reqPerS: number;
  p99: number;
  errors: number;
  /** The server's CPU per request: far steadier than req/s on a busy machine. */
  cpuPerReq: number;
}

/** autocannon on one URL of `server`: `connections` keep-alive clients for `seconds`. */
export async function load(
  name: string,
  server: Server,
  urlPath: string,
  seconds: number,
  connections = 10,
): Promise<Load> {
  const before = cpuMs(server.child.pid!);
  const r = await autocannon({ url: `http://127.0.0.1:${server.port}${urlPath}`, connections, duration: seconds });
  const used = cpuMs(server.child.pid!) - before;
  return {
    name,
    reqPerS: r.requests.average,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx + r.timeouts,
    cpuPerReq: used / Math.max(1, r.requests.total),
  };
}

export async function stop(s: Server): Promise<void> {
  await new Promise<void>((resolve) => {
    s.child.once('exit', () => resolve());
    s.child.kill('SIGTERM');
  });
}
