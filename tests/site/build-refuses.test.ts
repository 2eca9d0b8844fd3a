// Input a curator's editor or spreadsheet can produce must stop `astro build` with our message
// (file, line, column), no Astro stack trace around it, and no dist/ left behind. Each case runs
// on its own copy of the repo in a temp folder, beside a link to the real ../shared/sources.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { copyRepoToTemp } from '../helpers/repo-copy.ts';
import { repoDir } from '../helpers/site.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the repo at <tmp>/repo beside a link to ../shared (see copyRepoToTemp), with a stale dist/. */
function copyRepo(): string {
  const { root, dir } = copyRepoToTemp('crackdown-build-refuses-');
  roots.push(root);
  // A stale dist/ from an earlier build must not survive a refused one.
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>stale</title>');
  return dir;
}

function build(dir: string): { status: number | null; output: string } {
  // Astro's own script, run by this Node: through npx, a refused build was once seen to print its
  // message and then not return until the timeout, on a loaded machine.
  const result = spawnSync(
    process.execPath,
    [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
    {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', CI: 'true' },
      timeout: 280_000,
    },
  );
  return { status: result.status, output: `${result.stdout ?? ''}\n${result.stderr ?? ''}` };
}

/** Line (1-based) of the row of `id` in a data file of the real repo. */
function lineOf(file: string, id: string): number {
  return (
    readFileSync(join(repoDir, 'data', file), 'utf8')
      .split('\n')
      .findIndex((l) => l.startsWith(`${id},`)) + 1
  );
}

const cases: { name: string; file: string; mutate: (bytes: Buffer) => Buffer; expected: () => string[] }[] = [
  {
    name: 'a figures file saved as GBK',
    file: 'figures.csv',
    // 窝点 in GBK in place of its UTF-8 bytes.
    mutate: (b) => {
      const at = b.indexOf(Buffer.from('窝点113个'));
      return Buffer.concat([b.subarray(0, at), Buffer.from([0xce, 0xd1, 0xb5, 0xe3]), b.subarray(at + 6)]);
    },
    expected: () => [
      `data/figures.csv:${lineOf('figures.csv', 'gansu-dens')}:`,
      'not UTF-8 (it looks like GBK?)',
    ],
  },
  {
    name: 'a right-to-left override in a place name',
    file: 'places.csv',
    mutate: (b) => Buffer.from(b.toString('utf8').replace(',Gansu,', ',\u202eGansu,')),
    expected: () => [
      `data/places.csv:${lineOf('places.csv', 'gansu')}:3 (column "name_en"): contains a text-direction control (U+202E)`,
    ],
  },
  {
    name: 'a source text that does not exist',
    file: 'sources.csv',
    mutate: (b) => Buffer.from(b.toString('utf8').replace(',topic-pp56-60.zh.txt,', ',topic-pp56-60.txt,')),
    expected: () => ['data/sources.csv:2:11 (column "file"): source text', 'does not exist'],
  },
];

describe('a refused build', () => {
  test.each(cases.map((c) => [c.name, c] as const))(
    '%s: exits 1 with our message only, and leaves no dist/',
    { timeout: 300_000 },
    (_name, c) => {
      const dir = copyRepo();
      const path = join(dir, 'data', c.file);
      writeFileSync(path, c.mutate(readFileSync(path)));
      const { status, output } = build(dir);
      expect(status, output.slice(-3000)).toBe(1);
      for (const part of c.expected()) expect(output).toContain(part);
      expect(output).toContain('The data in data/ has');
      expect(output).not.toMatch(/unhandled error|stack trace|^\s+at /im);
      expect(existsSync(join(dir, 'dist')), 'dist/ is removed').toBe(false);
    },
  );
});
