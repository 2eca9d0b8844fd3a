import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The data directory: DATA_DIR when set (e.g. a synthetic data set from `npm run synth`), else data/; resolved against the working directory. */
export function dataDir(): string {
  return resolve(process.env.DATA_DIR || 'data');
}

/** Where sources.csv `file` names are found: <data dir>/sources/ when the data directory carries its own texts (synthetic data), else ../shared/sources beside the repo that holds it. */
export function sourcesDir(dir = dataDir()): string {
  const own = join(dir, 'sources');
  return existsSync(own) ? own : resolve(dir, '..', '..', 'shared', 'sources');
}
