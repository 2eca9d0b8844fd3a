import { dataDir } from './data-dir.ts';
import { loadDataset } from './load.ts';
import { createQuery, type Query } from './query.ts';

let cached: Query | undefined;

/** The site's dataset from data/ (validated once per build), with its query layer. */
export function siteData(): Query {
  cached ??= createQuery(loadDataset(dataDir()));
  return cached;
}
