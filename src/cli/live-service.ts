// `serve` follows the data folder: when an ingest saves a new generation, the store, the
// index and the query service are reopened and swapped in without a restart.
import type { QueryService } from '../query/query-service.js';
import { watchGenerations } from '../storage/generations.js';
import { createServices, type Services, type ServicesConfig } from './create-services.js';

export interface LiveService {
  /** Always answers from the newest loaded generation. */
  readonly service: QueryService;
  /** Generations loaded so far (1 at start). */
  readonly loads: number;
  stop(): Promise<void>;
}

/** Opens the services of `config` and reloads them on every new generation of the data folder. */
export async function liveService(config: ServicesConfig, log: (line: string) => void): Promise<LiveService> {
  let services: Services = await createServices(config);
  let current: QueryService = await services.query();
  let loads = 1;
  let reloading: Promise<void> = Promise.resolve();
  const reload = async () => {
    try {
      const next = await createServices({ ...config, requireStore: false });
      const service = await next.query();
      const old = services;
      [services, current] = [next, service];
      loads++;
      await old.close();
      log(`reloaded the data folder (${(await service.ready()).posts} posts)`);
    } catch (err) {
      // A half-visible or broken generation: keep answering from the one loaded.
      log(`reload failed, still serving the previous data: ${(err as Error).message}`);
    }
  };
  const unwatch = watchGenerations(services.data, () => {
    reloading = reloading.then(reload);
  });
  const service = new Proxy({} as QueryService, {
    get: (_target, key) => {
      const value = Reflect.get(current, key, current) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(current) : value;
    },
  });
  return {
    service,
    get loads() {
      return loads;
    },
    stop: async () => {
      unwatch();
      await reloading;
      await services.close();
    },
  };
}
