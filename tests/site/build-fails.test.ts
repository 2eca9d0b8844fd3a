// A bad number in the data, or a bad entry in coverage-ignore.csv, must stop the build (and
// `npm run validate`) with a message naming the file and line, and leave no HTML behind. Runs on
// a copy of the repo in a temp folder.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyRepoToTemp } from '../helpers/repo-copy.ts';

const file = 'data/figures.csv';
const rowId = 'gansu-suspects';
const good = '2289';
const bad = '12o4';

const ignoreFile = 'data/coverage-ignore.csv';
const badIgnore = 'topic-2020-pp56-60,57,其中3人,3人,typo,';

/** The temp folder holding the copy (repo/) and the link to ../shared (shared/). */
let root: string;
let work: string;
let line: number;
let ignoreLine: number;

/** Copies the repo to <tmp>/repo beside a link to ../shared (see copyRepoToTemp). */
function copyRepo(): string {
  const copy = copyRepoToTemp('crackdown-build-fails-');
  root = copy.root;
  return copy.dir;
}

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): { status: number | null; output: string } {
  const result = spawnSync(command, args, {
    cwd: work,
    encoding: 'utf8',
    env: {
      ...process.env,
      ...env,
      PATH: `${join(work, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      CI: 'true',
    },
    timeout: 280_000,
  });
  return { status: result.status, output: `${result.stdout ?? ''}\n${result.stderr ?? ''}` };
}

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}

/** `data/figures.csv:39` (optionally `:column`), or `data/figures.csv … line 39`. */
function namesFileAndLine(output: string): boolean {
  const escaped = file.replace(/[.]/g, '\\.');
  return new RegExp(`${escaped}:${line}\\b|${escaped}\\W{0,3}(?:line|row)\\s*${line}\\b`, 'i').test(output);
}

beforeAll(() => {
  work = copyRepo();
  const path = join(work, file);
  const lines = readFileSync(path, 'utf8').split('\n');
  const index = lines.findIndex((l) => l.startsWith(`${rowId},`));
  expect(index, `${file} has a row ${rowId}`).toBeGreaterThan(0);
  line = index + 1;
  const cells = lines[index]!.split(',');
  const valueAt = cells.indexOf(good);
  expect(valueAt, `${rowId} has the value ${good}`).toBeGreaterThan(0);
  cells[valueAt] = bad;
  lines[index] = cells.join(',');
  writeFileSync(path, lines.join('\n'));
  const ignores = readFileSync(join(work, ignoreFile), 'utf8').replace(/\n*$/, '\n');
  ignoreLine = ignores.split('\n').length;
  writeFileSync(join(work, ignoreFile), `${ignores}${badIgnore}\n`);
});

/** Whether the output names the bad reason in coverage-ignore.csv by file, line and column. */
const namesIgnoreEntry = (output: string) =>
  output.includes(`${ignoreFile}:${ignoreLine}:5 (column "reason")`);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe(`a bad value (${bad}) in ${file} and a bad reason in ${ignoreFile}`, () => {
  test(
    'stops `npx astro build`, naming the file and line, with no HTML written',
    { timeout: 300_000 },
    () => {
      const { status, output } = run('npx', ['astro', 'build']);
      expect(status, `astro build exit status; output:\n${output.slice(-3000)}`).not.toBe(0);
      expect(namesFileAndLine(output), `output names ${file}:${line}; output:\n${output.slice(-3000)}`).toBe(
        true,
      );
      expect(namesIgnoreEntry(output), `output names ${ignoreFile}; output:\n${output.slice(-3000)}`).toBe(
        true,
      );
      expect(htmlFiles(join(work, 'dist')), 'HTML files in dist/').toEqual([]);
    },
  );

  test(
    'stops `npm run build` made in parts at its first part, with no HTML written and no search index built',
    { timeout: 300_000 },
    () => {
      const { status, output } = run('npm', ['run', 'build'], { BUILD_PARTS: '2' });
      expect(status, `npm run build exit status; output:\n${output.slice(-3000)}`).not.toBe(0);
      expect(namesFileAndLine(output), `output names ${file}:${line}; output:\n${output.slice(-3000)}`).toBe(
        true,
      );
      expect(output).toMatch(/building in 2 parts/);
      expect(output).not.toMatch(/search index and sitemap/);
      expect(htmlFiles(join(work, 'dist')), 'HTML files in dist/').toEqual([]);
    },
  );

  test('makes `npm run validate` exit 1, naming the file and line', { timeout: 120_000 }, () => {
    const { status, output } = run('npm', ['run', '--silent', 'validate']);
    expect(status, `validate exit status; output:\n${output.slice(-3000)}`).toBe(1);
    expect(namesIgnoreEntry(output), `output names ${ignoreFile}; output:\n${output.slice(-3000)}`).toBe(
      true,
    );
    expect(namesFileAndLine(output), `output names ${file}:${line}; output:\n${output.slice(-3000)}`).toBe(
      true,
    );
  });
});
