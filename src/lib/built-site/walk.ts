import { opendirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir`, depth first, one at a time: a national build writes ~700k files, too many to list at once. */
export function* walkFiles(dir: string): Generator<string> {
  const handle = opendirSync(dir);
  try {
    for (let entry = handle.readSync(); entry; entry = handle.readSync()) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) yield* walkFiles(path);
      else yield path;
    }
  } finally {
    handle.closeSync();
  }
}
