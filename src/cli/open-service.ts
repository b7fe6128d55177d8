// Opens the store the flags choose, the search index of the data folder, and the query service.
import { QueryService } from '../query/query-service.js';
import { SearchIndex } from '../search/search-index.js';
import type { GraphStore } from '../stores/graph-store.js';
import { dataDir, openStore } from '../stores/open-store.js';
import type { StoreFlags } from './store-options.js';

/** Runs `work` with a query service, closing the store afterwards. */
export async function withService<T>(flags: StoreFlags, work: (service: QueryService, store: GraphStore) => Promise<T>): Promise<T> {
  const store = await openStore(flags);
  try {
    return await work(await QueryService.create(store, SearchIndex.forStore(store, dataDir(flags))), store);
  } finally {
    await store.close();
  }
}
