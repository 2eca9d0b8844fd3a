// Writes a synthetic national data set for measuring the build:
// `npm run synth -- --figures N --out DIR [--seed S]`, then `DATA_DIR=DIR npm run build`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDataset } from '../src/lib/data/load.ts';
import { synthesize } from '../src/lib/synth/generate.ts';

const { values } = parseArgs({
  options: { figures: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } },
});
const figures = Number(values.figures);
if (!Number.isInteger(figures) || figures < 100 || !values.out) {
  console.error('usage: npm run synth -- --figures N --out DIR [--seed S]   (N an integer >= 100)');
  process.exit(2);
}
const seedDir = resolve(import.meta.dirname, '..', 'data');
const out = resolve(values.out);
if (out === seedDir) {
  console.error(`refusing to write into the curated ${seedDir}; choose another --out`);
  process.exit(2);
}
const seedData = loadDataset(seedDir);
const started = performance.now();
const files = synthesize({
  figures,
  seed: values.seed,
  provinces: seedData.places.filter((p) => p.level === 'province').map(({ line: _line, ...p }) => p),
  metrics: seedData.metrics.map(({ line: _line, ...m }) => m),
});
for (const [path, text] of files) {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), text);
}
console.log(
  `${out}: ${files.size} files, ${figures} figures (seed ${values.seed}) in ${Math.round(performance.now() - started)} ms`,
);
