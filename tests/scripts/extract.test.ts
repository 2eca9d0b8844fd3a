import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../..');
const text = [
  '甘肃警方:打击“两卡内部犯罪”人员 实施“信用惩戒”',
  '2020年12月25日从甘肃省公安厅获悉,该省公安机关“断卡”行动开展以来,已抓获犯罪嫌疑人2289人,打掉开办贩、电话卡团伙112个,查获银行卡2706张。',
  '57',
  '泾川县公安局成立“10.29”专案组,扣押作案工具手机20余部、银行卡60余张,涉案价值800余万元。',
  '58',
].join('\n');

function extract(...args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'extract-'));
  const file = join(dir, 'mini.zh.txt');
  writeFileSync(file, `${text}\n`);
  const run = spawnSync(process.execPath, [join(repoRoot, 'scripts/extract.ts'), file, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return { status: run.status, out: run.stdout, err: run.stderr, dir };
}

const rowsOf = (csv: string) =>
  Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

describe('extract', () => {
  it('drafts one row per statistic with its clause, value, qualifier, place and metric words', () => {
    const { status, out } = extract();
    expect(status).toBe(0);
    const rows = rowsOf(out);
    expect(rows.find((r) => r.number_text === '2289人')).toEqual({
      page: '57',
      line: '2',
      quote: '已抓获犯罪嫌疑人2289人',
      value: '2289',
      qualifier: 'exact',
      place_words: '甘肃省',
      metric_words: '抓获犯罪嫌疑人',
      number_text: '2289人',
    });
    expect(rows.find((r) => r.number_text === '800余万元')).toMatchObject({
      page: '58',
      line: '4',
      value: '8000000',
      qualifier: 'at_least',
      place_words: '泾川县公安局',
      metric_words: '涉案价值',
    });
    expect(rows.map((r) => r.number_text)).toEqual([
      '2289人',
      '112个',
      '2706张',
      '20余部',
      '60余张',
      '800余万元',
    ]);
  });

  it('writes the same CSV to --out outside data/', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'extract-out-')), 'draft.csv');
    const { status, out: stdout, err } = extract('--out', out);
    expect(status).toBe(0);
    expect(stdout).toBe('');
    expect(err).toContain('6 draft rows written');
    expect(readFileSync(out, 'utf8')).toBe(extract().out);
  });

  it('refuses to write inside data/', () => {
    const target = join(repoRoot, 'data/x.csv');
    const { status, err } = extract('--out', 'data/x.csv');
    const created = existsSync(target);
    if (created) rmSync(target);
    expect(created).toBe(false);
    expect(err).toContain('inside data/');
    expect(status).toBe(2);
  });
});
