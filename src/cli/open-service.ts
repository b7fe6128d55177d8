// Runs a read command with the query service over the store the flags choose.
import type { QueryService } from '../query/query-service.js';
import type { GraphStore } from '../stores/graph-store.js';
import { createServices } from './create-services.js';
import type { StoreFlags } from './store-options.js';

/** Runs `work` with a query service, closing the store afterwards; a folder with no store is an error. */
export async function withService<T>(
  flags: StoreFlags,
  work: (service: QueryService, store: GraphStore) => Promise<T>,
): Promise<T> {
  const services = await createServices({ ...flags, requireStore: true });
  try {
    return await work(await services.query(), services.store);
  } finally {
    await services.close();
  }
}
