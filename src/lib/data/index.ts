import { dataDir } from './data-dir.ts';
import { loadDataset, loadThesaurus } from './load.ts';
import { termGroups, type TermGroup } from './thesaurus.ts';
import { createQuery, type Query } from './query.ts';

let cached: Query | undefined;

/** The site's dataset from data/ (or DATA_DIR; validated once per build), with its query layer. */
export function siteData(): Query {
  cached ??= createQuery(loadDataset(dataDir()));
  return cached;
}

let groups: TermGroup[] | undefined;

/** The search thesaurus of data/ (or DATA_DIR), by group; none when the data set has no thesaurus.csv. */
export function siteThesaurus(): TermGroup[] {
  groups ??= termGroups(loadThesaurus(dataDir()));
  return groups;
}
