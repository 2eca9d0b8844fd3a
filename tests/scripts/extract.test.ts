// The command line of `npm run extract` (the drafting rules are unit-tested in
// tests/lib/curation/extract.test.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../..');
const file = join(mkdtempSync(join(tmpdir(), 'extract-')), 'mini.zh.txt');
writeFileSync(file, '甘肃省公安厅获悉,已抓获犯罪嫌疑人2289人,查获银行卡2706张。\n57\n');

function extract(...args: string[]) {
  const run = spawnSync(process.execPath, [join(repoRoot, 'scripts/extract.ts'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

describe('npm run extract', () => {
  it('writes draft CSV to stdout, with place words from data/places.csv', () => {
    const { status, out } = extract(file);
    expect(status).toBe(0);
    expect(out.split('\n')).toEqual([
      'page,line,quote,value,qualifier,place_words,metric_words,number_text',
      '57,1,已抓获犯罪嫌疑人2289人,2289,exact,甘肃省,抓获犯罪嫌疑人,2289人',
      '57,1,查获银行卡2706张,2706,exact,甘肃省,查获银行卡,2706张',
      '',
    ]);
  });

  it('writes the same CSV to --out outside data/', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'extract-out-')), 'draft.csv');
    const { status, out: stdout, err } = extract(file, '--out', out);
    expect(status).toBe(0);
    expect(stdout).toBe('');
    expect(err).toContain('2 draft rows written');
    expect(readFileSync(out, 'utf8')).toBe(extract(file).out);
  });

  it('refuses to write inside data/, and explains bad arguments, exiting 2', () => {
    const target = join(repoRoot, 'data/x.csv');
    const { status, err } = extract(file, '--out', 'data/x.csv');
    const created = existsSync(target);
    if (created) rmSync(target);
    expect(created).toBe(false);
    expect(err).toContain('inside data/');
    expect(status).toBe(2);
    expect(extract()).toMatchObject({
      status: 2,
      err: expect.stringContaining('expected one source text file'),
    });
  });
});
