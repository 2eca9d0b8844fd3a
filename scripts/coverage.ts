// Coverage ledger of a source text (the rules are in src/lib/curation/coverage.ts):
// `npm run coverage -- <source text> [--source <id>] [--data <dir>] [--sources <dir of source texts>]`
// (data and source texts are checked as by `npm run validate`); exits 1 until every number is
// accounted for, 2 when the arguments or the data are wrong.
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { exitWith, pathLabel, readToolArgs } from '../src/lib/curation/cli.ts';
import { coverageLedger, isComplete, ledgerReport } from '../src/lib/curation/coverage.ts';
import { formatIssue } from '../src/lib/data/csv.ts';
import { readCoverageIgnore, readDataset } from '../src/lib/data/load.ts';
import { dataDir as defaultDataDir } from '../src/lib/data/data-dir.ts';

const fail = (message: string) => exitWith('coverage', message);
const { text, values } = readToolArgs('coverage', { source: 'id', data: 'dir', sources: 'dir' });
const dataDir = resolve(values.data ?? defaultDataDir());
if (!existsSync(dataDir)) fail(`data directory "${values.data}" does not exist`);
const label = pathLabel(dataDir);

const sourcesDir = values.sources === undefined ? undefined : resolve(values.sources);
const { dataset, issues } = readDataset(dataDir, label, { sourcesDir });
if (!dataset) {
  console.error(issues.map(formatIssue).join('\n'));
  fail(`${label}/ has ${issues.length} problem(s), listed above; fix them first (npm run validate)`);
}
const source = dataset!.sources.find((s) =>
  values.source ? s.id === values.source : s.file === basename(text),
);
if (!source)
  fail(
    values.source
      ? `no row with id "${values.source}" in ${label}/sources.csv`
      : `no row in ${label}/sources.csv has file "${basename(text)}"; add one or pass --source <id>`,
  );
const { id, title_zh } = source!;
const { entries } = readCoverageIgnore(dataDir, label, dataset!);
const figures = dataset!.figures.filter((f) => f.source === id);
const ledger = coverageLedger(
  readFileSync(text, 'utf8'),
  title_zh,
  figures,
  entries.filter((e) => e.source === id),
);
const names = { figures: `${label}/figures.csv`, ignore: `${label}/coverage-ignore.csv` };
console.log(ledgerReport(ledger, { text, source: id, ...names }));
process.exit(isComplete(ledger) ? 0 : 1);
