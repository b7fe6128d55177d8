// The Neo4j 5 store: batched UNWIND ... MERGE writes in managed transactions (executeWrite
// retries transient failures); each batch's nodes and relationships in one transaction.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Extraction } from '../../domain/model.js';
import type { GraphStore, PostWrite, StoreCounts } from '../graph-store.js';
import type { QueryName, QueryParams, QueryRow } from '../named-queries.js';
import { StoreError } from '../store-errors.js';
import { cypher } from './cypher-files.js';
import { checkBoltUri, type Neo4jConfig } from './neo4j-config.js';

const BATCH = 100;
/** Longest wait for a reply to one read or for the connectivity check; a silent server is STORE_TIMEOUT. */
export const REPLY_TIMEOUT_MS = 10_000;
/** After the server was found unreachable, reads fail at once for this long (a fast 503, no pile-up). */
const DOWN_HOLD_MS = 2_000;

export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;

  private downUntil = 0;

  private constructor(
    private readonly driver: Driver,
    private readonly config: Neo4jConfig,
  ) {}

  /** Connects (retrying an unreachable server with backoff) and ensures the schema. */
  static async open(config: Neo4jConfig, attempts = 4): Promise<Neo4jStore> {
    checkBoltUri(config.uri);
    const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
      disableLosslessIntegers: true,
      connectionTimeout: 5000,
      connectionAcquisitionTimeout: REPLY_TIMEOUT_MS,
      maxTransactionRetryTime: 15000,
    });
    const store = new Neo4jStore(driver, config);
    for (let attempt = 1; ; attempt++) {
      try {
        await withTimeout(
          driver.verifyConnectivity(config.database ? { database: config.database } : {}),
          REPLY_TIMEOUT_MS,
          config.uri,
          'the connectivity check',
        );
        break;
      } catch (err) {
        const mapped = store.toStoreError(err);
        if (mapped.code !== 'STORE_UNREACHABLE' || attempt >= attempts) {
          await driver.close();
          throw mapped;
        }
        await new Promise((r) => setTimeout(r, 250 * 2 ** attempt));
      }
    }
    await store
      .write(async (tx) => {
        for (const statement of cypher('schema').statements) await tx.run(statement);
      })
      .catch(async (err: unknown) => {
        await driver.close();
        throw err;
      });
    return store;
  }

  async writePosts(posts: PostWrite[]): Promise<void> {
    for (let i = 0; i < posts.length; i += BATCH) {
      const batch = posts.slice(i, i + BATCH);
      const xs = batch.map((p) => p.extraction);
      // One transaction per batch: a post's fingerprint (hash) lands with its relations or
      // not at all, so a fault never leaves a post that looks done without them.
      await this.write(async (tx) => {
        await tx.run(cypher('write-clear-post-relations').statements[0]!, { posts: xs.map((x) => x.post.id) });
        await tx.run(cypher('write-posts').statements[0]!, { posts: batch.map(postProps) });
        await tx.run(cypher('write-entities').statements[0]!, { entities: uniqueEntities(xs) });
        await tx.run(cypher('write-relations').statements[0]!, { rels: xs.flatMap(relationProps) });
      });
    }
    await this.write(async (tx) => {
      await tx.run(cypher('write-drop-orphans').statements[0]!);
      await tx.run(cypher('write-refresh-aliases').statements[0]!);
    });
  }

  async removePosts(postIds: string[]): Promise<void> {
    if (postIds.length === 0) return;
    await this.write(async (tx) => {
      await tx.run(cypher('write-clear-post-relations').statements[0]!, { posts: postIds });
      await tx.run(cypher('write-remove-posts').statements[0]!, { posts: postIds });
      await tx.run(cypher('write-drop-orphans').statements[0]!);
      await tx.run(cypher('write-refresh-aliases').statements[0]!);
    });
  }

  async query<N extends QueryName>(name: N, params: QueryParams<N>): Promise<QueryRow<N>[]> {
    const args: Record<string, unknown> = { ...params };
    if (typeof args.limit === 'number') args.limit = neo4j.int(args.limit);
    return this.read(name, args) as Promise<QueryRow<N>[]>;
  }

  /** Runs a named query outside the store contract (the full-text search backend's queries/search-*.cypher). */
  async runNamed(
    name: string,
    params: Record<string, unknown>,
    mode: 'read' | 'write',
  ): Promise<Record<string, unknown>[]> {
    if (mode === 'read') return this.read(name, params);
    return this.write(async (tx) =>
      (await tx.run(cypher(name).statements[0]!, params)).records.map((r) => r.toObject()),
    );
  }

  async counts(): Promise<StoreCounts> {
    const counts: StoreCounts = { posts: 0, entities: {}, relations: {} };
    for (const row of await this.read('count-nodes', {})) {
      if (row.label === 'Post') counts.posts = row.count as number;
      else counts.entities[row.label as keyof StoreCounts['entities']] = row.count as number;
    }
    for (const row of await this.read('count-relations', {}))
      counts.relations[row.type as keyof StoreCounts['relations']] = row.count as number;
    return counts;
  }

  async clear(): Promise<void> {
    await this.write((tx) => tx.run(cypher('admin-clear-graph').statements[0]!));
  }

  async flush(): Promise<void> {}

  /** Neo4j keeps its own data: nothing goes into the data folder's snapshot. */
  snapshotPart(): null {
    return null;
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /** One read, without the driver's retries (a request waits seconds at most, never half a minute). */
  private async read(name: string, params: Record<string, unknown>): Promise<Record<string, unknown>[]> {
    if (Date.now() < this.downUntil) {
      throw new StoreError(
        'STORE_UNREACHABLE',
        'neo4j',
        this.config.uri,
        'the server was unreachable a moment ago; try again shortly',
      );
    }
    const session = this.driver.session({
      defaultAccessMode: neo4j.session.READ,
      ...(this.config.database ? { database: this.config.database } : {}),
    });
    try {
      const result = await withTimeout(
        session.run(cypher(name).statements[0]!, params, { timeout: REPLY_TIMEOUT_MS }),
        REPLY_TIMEOUT_MS,
        this.config.uri,
        `query ${name}`,
      );
      return result.records.map((r) => r.toObject());
    } catch (err) {
      const mapped = this.toStoreError(err);
      if (mapped.code === 'STORE_UNREACHABLE' || mapped.code === 'STORE_TIMEOUT')
        this.downUntil = Date.now() + DOWN_HOLD_MS;
      throw mapped;
    } finally {
      void session.close().catch(() => {});
    }
  }

  private async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session(this.config.database ? { database: this.config.database } : {});
    try {
      return await session.executeWrite(work);
    } catch (err) {
      throw this.toStoreError(err);
    } finally {
      await session.close();
    }
  }

  /** Driver errors become one clear StoreError naming the server. */
  private toStoreError(err: unknown): StoreError {
    if (err instanceof StoreError) return err;
    const e = err as { code?: string; message?: string };
    const where = this.config.uri;
    if (e.code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
      return new StoreError(
        'STORE_AUTH_LOCKED',
        'neo4j',
        where,
        `too many failed logins for user "${this.config.username}": Neo4j refuses it for a while (dbms.security.auth_lock_time); fix NEO4J_PASSWORD and retry later`,
        { cause: err },
      );
    }
    if (e.code === 'Neo.ClientError.Security.Unauthorized') {
      return new StoreError(
        'STORE_AUTH',
        'neo4j',
        where,
        `the server refused the credentials of user "${this.config.username}" (check NEO4J_USERNAME / NEO4J_PASSWORD)`,
        { cause: err },
      );
    }
    if (/timed out/i.test(e.message ?? '')) {
      return new StoreError('STORE_TIMEOUT', 'neo4j', where, `no reply in time (${e.message}); is this a Bolt port?`, {
        cause: err,
      });
    }
    if (
      e.code === 'ServiceUnavailable' ||
      e.code === 'SessionExpired' ||
      /ECONNREFUSED|ENOTFOUND|connect/i.test(e.message ?? '')
    ) {
      return new StoreError('STORE_UNREACHABLE', 'neo4j', where, `cannot reach the server (${e.message ?? e.code})`, {
        cause: err,
      });
    }
    return new StoreError('STORE_FAILED', 'neo4j', where, e.message ?? String(err), { cause: err });
  }
}

function postProps({ extraction: x, hash }: PostWrite): Record<string, unknown> {
  const { id, title, url, date, author, tags, source } = x.post;
  return { id, title, url, date, author, tags, source, hash, site: x.post.site ?? null };
}

function uniqueEntities(xs: Extraction[]): Array<Record<string, unknown>> {
  const byId = new Map<string, Record<string, unknown>>();
  for (const e of xs.flatMap((x) => x.entities))
    byId.set(e.id, { id: e.id, type: e.type, name: e.name, aliases: e.aliases, confidence: e.confidence });
  return [...byId.values()];
}

function relationProps(x: Extraction): Array<Record<string, unknown>> {
  return x.relations.map((r) => ({
    type: r.type,
    from: r.from,
    to: r.to,
    post: r.evidence.post,
    sentence: r.evidence.sentence,
    title: r.title ?? null,
    names: r.names ?? null,
  }));
}

/** `work`, or STORE_TIMEOUT naming the server once `ms` pass without a reply. */
async function withTimeout<T>(work: Promise<T>, ms: number, uri: string, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new StoreError('STORE_TIMEOUT', 'neo4j', uri, `no reply to ${what} within ${ms} ms (is this a Bolt port?)`),
        ),
      ms,
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
