// Drafts candidate figure rows from a source text (the rules are in src/lib/curation/extract.ts):
// `npm run extract -- <source text> [--out file.csv]`. Writes CSV to stdout or --out, never inside data/.
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { exitWith, readToolArgs } from '../src/lib/curation/cli.ts';
import { draftCsv, draftFigures } from '../src/lib/curation/extract.ts';
import { readCsv } from '../src/lib/data/csv.ts';
import { dataDir as configuredDataDir } from '../src/lib/data/data-dir.ts';

const dataDir = configuredDataDir();
const { text, values } = readToolArgs('extract', { out: 'file.csv' });
if (values.out !== undefined && isInside(values.out, dataDir))
  exitWith(
    'extract',
    `refusing to write "${values.out}": it is inside data/; drafts go elsewhere (e.g. tmp/draft.csv)`,
  );

// Place names from data/places.csv (read only, not validated), when it is there.
const places = join(dataDir, 'places.csv');
const placeNames = existsSync(places) ? readCsv(places).table.rows.map((row) => row.cells.name_zh ?? '') : [];
const rows = draftFigures(readFileSync(text, 'utf8'), placeNames.filter(Boolean));
const csv = draftCsv(rows);
if (values.out) {
  mkdirSync(dirname(resolve(values.out)), { recursive: true });
  writeFileSync(values.out, csv);
  console.error(`extract: ${rows.length} draft rows written to ${values.out}`);
} else process.stdout.write(csv);

/** Whether a path is the directory `dir` or inside it, following symbolic links. */
function isInside(path: string, dir: string): boolean {
  const real = (p: string): string => (existsSync(p) ? realpathSync(p) : join(real(dirname(p)), basename(p)));
  const rel = relative(real(dir), real(resolve(path)));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
