// Starts a real Neo4j Community 5 from its Maven Central artifacts (no Docker), with Bolt on
// 127.0.0.1 and its data in a temporary folder. Used by the test setup, and by hand:
//   npm run neo4j -- [--port 7687] [--password secret123] [--data DIR (kept; restart on it)]
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export interface RunningNeo4j {
  uri: string;
  username: string;
  password: string;
  /** The data folder (kept at stop() when the caller gave it). */
  dataDir: string;
  stop(): Promise<void>;
  /** Kills the server at once with SIGKILL (crash tests); a later start on dataDir recovers it. */
  kill(): Promise<void>;
}

/** The Neo4j jars' classpath, resolved once with Maven and cached beside the temp folder. */
export function neo4jClasspath(log: (line: string) => void = () => {}): string {
  const cacheDir = path.join(tmpdir(), 'talkgraph-neo4j');
  mkdirSync(cacheDir, { recursive: true });
  const file = path.join(cacheDir, 'classpath.txt');
  if (existsSync(file)) {
    const cp = readFileSync(file, 'utf8').trim();
    if (cp.length > 0 && cp.split(path.delimiter).every((jar) => existsSync(jar))) return cp;
  }
  log('resolving Neo4j from Maven Central (first run only)...');
  const mvn = spawnSync(
    'mvn',
    ['-q', '-B', '-f', path.join(HERE, 'pom.xml'), 'dependency:build-classpath', `-Dmdep.outputFile=${file}`],
    { encoding: 'utf8' },
  );
  if (mvn.error || mvn.status !== 0) {
    throw new Error(
      `neo4j launcher: Maven could not resolve Neo4j (${mvn.error?.message ?? mvn.stderr.slice(-500) ?? mvn.stdout.slice(-500)})`,
    );
  }
  return readFileSync(file, 'utf8').trim();
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts Neo4j and resolves once Bolt accepts connections; `stop()` shuts it down cleanly. */
export async function startNeo4j(
  opts: { port?: number; password?: string; timeoutMs?: number; log?: (line: string) => void; dataDir?: string } = {},
): Promise<RunningNeo4j> {
  const log = opts.log ?? (() => {});
  const classpath = neo4jClasspath(log);
  const port = opts.port ?? (await freePort());
  const password = opts.password ?? 'talkgraph-test';
  // A folder given by the caller is kept (restart on it later); a temporary one goes at stop().
  const keep = Boolean(opts.dataDir);
  const dataDir = opts.dataDir ? path.resolve(opts.dataDir) : mkdtempSync(path.join(tmpdir(), 'talkgraph-neo4j-data-'));
  mkdirSync(dataDir, { recursive: true });
  const child = spawn(
    'java',
    ['-Xmx1g', '-cp', classpath, path.join(HERE, 'Launcher.java'), String(port), dataDir, password],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const stderr: string[] = [];
  child.stderr!.on('data', (d: Buffer) => stderr.push(d.toString()));
  await waitForReady(child, opts.timeoutMs ?? 180_000, stderr);
  log(`Neo4j ready on bolt://127.0.0.1:${port}`);
  return {
    uri: `bolt://127.0.0.1:${port}`,
    username: 'neo4j',
    password,
    dataDir,
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      await stopChild(child);
      if (!keep) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function waitForReady(child: ChildProcess, timeoutMs: number, stderr: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`neo4j launcher: no READY within ${timeoutMs} ms. ${stderr.join('').slice(-1000)}`));
    }, timeoutMs);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('READY ')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(
        new Error(`neo4j launcher: java exited with ${code} before Neo4j was ready. ${stderr.join('').slice(-1500)}`),
      );
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stdin!.end();
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}

// Run by hand: start, print how to connect, stop on Ctrl-C.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const port = arg('--port');
  const data = arg('--data');
  const neo = await startNeo4j({
    ...(port ? { port: Number(port) } : {}),
    ...(data ? { dataDir: data } : {}),
    password: arg('--password') ?? 'talkgraph-test',
    log: (l) => console.error(l),
  });
  console.log(`NEO4J_URI=${neo.uri} NEO4J_USERNAME=${neo.username} NEO4J_PASSWORD=${neo.password}`);
  const stop = () => void neo.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
