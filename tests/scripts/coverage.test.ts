// The command line of `npm run coverage`: exit codes and messages (the ledger itself is unit-tested
// in tests/lib/curation/coverage.test.ts; the real source in tests/curation/).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../..');
const fixtureData = join(repoRoot, 'tests/lib/data/fixtures/data');
const sources = resolve(repoRoot, '../shared/sources');

function coverage(...args: string[]) {
  const run = spawnSync(process.execPath, [join(repoRoot, 'scripts/coverage.ts'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

describe('npm run coverage', () => {
  const dir = mkdtempSync(join(tmpdir(), 'coverage-cli-'));
  const textFile = join(dir, 'mini.zh.txt');
  writeFileSync(textFile, '抓获嫌疑人5人。\n56\n');

  it('explains bad arguments in one line and exits 2', () => {
    for (const [args, message] of [
      [[], 'expected one source text file, got 0'],
      [['missing.txt'], 'source text "missing.txt" does not exist'],
      [[textFile, '--source', 'nope'], 'no row with id "nope" in data/sources.csv'],
      [[textFile], 'no row in data/sources.csv has file "mini.zh.txt"'],
      [[textFile, '--data', join(dir, 'nowhere')], 'does not exist'],
      [[textFile, '--bogus'], "Unknown option '--bogus'"],
    ] as const) {
      const { status, err } = coverage(...args);
      expect(err).toContain(message);
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(status).toBe(2);
    }
  });

  it('exits 1 with the ledger when a number is unaccounted for', () => {
    const { status, out } = coverage(
      textFile,
      '--data',
      fixtureData,
      '--sources',
      sources,
      '--source',
      'topic-2020-pp56-60',
    );
    expect(out).toContain('page 56: 0 curated, 0 ignored, 1 unaccounted');
    expect(out).toMatch(/page 56, line 1: 5人 {2}抓获嫌疑人\[5人\]。/);
    expect(status).toBe(1);
  });

  it('refuses invalid data with the problems by file and line, and exits 2', () => {
    const data = join(dir, 'data');
    cpSync(fixtureData, data, { recursive: true });
    writeFileSync(
      join(data, 'coverage-ignore.csv'),
      'source,page,context,number,reason,note\ntopic-2020-pp56-60,56,其中3人,3人,typo,\n',
    );
    const { status, err } = coverage(
      textFile,
      '--data',
      data,
      '--sources',
      sources,
      '--source',
      'topic-2020-pp56-60',
    );
    expect(err).toContain('coverage-ignore.csv:2:5 (column "reason"): "typo" is not allowed');
    expect(err).toMatch(/coverage: .* has 1 problem\(s\), listed above/);
    expect(status).toBe(2);
  });
});
