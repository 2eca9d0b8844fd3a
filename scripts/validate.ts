// Checks data/ alone and lists every problem at once: `npm run validate [-- <data dir>]`.
import { resolve, relative } from 'node:path';
import { formatIssue } from '../src/lib/data/csv.ts';
import { readDataset } from '../src/lib/data/load.ts';
import { dataDir } from '../src/lib/data/data-dir.ts';

const dir = resolve(process.argv[2] ?? dataDir());
const label = relative(process.cwd(), dir) || '.';
const started = performance.now();
const { dataset, issues } = readDataset(dir, label);
const ms = Math.round(performance.now() - started);
if (!dataset) {
  console.error(issues.map(formatIssue).join('\n'));
  console.error(
    `\n${issues.length} problem${issues.length === 1 ? '' : 's'} in ${label}/ (checked in ${ms} ms). Nothing was changed.`,
  );
  process.exit(1);
}
const counts = Object.entries(dataset)
  .map(([name, rows]) => `${rows.length} ${name}`)
  .join(', ');
console.log(`${label}/ is valid: ${counts} (checked in ${ms} ms).`);
