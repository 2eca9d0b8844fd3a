// Checks data/ and the source texts it cites, and lists every problem at once:
// `npm run validate [-- <data dir>] [--sources <dir of source texts>]` (default ../shared/sources).
import { parseArgs } from 'node:util';
import { resolve, relative } from 'node:path';
import { formatIssue } from '../src/lib/data/csv.ts';
import { readDataset } from '../src/lib/data/load.ts';
import { dataDir } from '../src/lib/data/data-dir.ts';

const { values, positionals } = (() => {
  try {
    return parseArgs({ options: { sources: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    console.error(`${(error as Error).message}\nusage: npm run validate [-- <data dir>] [--sources <dir>]`);
    process.exit(2);
  }
})();
const dir = resolve(positionals[0] ?? dataDir());
const label = relative(process.cwd(), dir) || '.';
const started = performance.now();
const sourcesDir = values.sources === undefined ? undefined : resolve(values.sources);
const { dataset, issues, warnings } = readDataset(dir, label, { sourcesDir });
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
for (const warning of warnings) console.warn(`warning: ${formatIssue(warning)}`);
console.log(`${label}/ is valid: ${counts} (checked in ${ms} ms).`);
