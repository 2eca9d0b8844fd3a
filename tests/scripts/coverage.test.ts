import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../..');
const realSource = resolve(repoRoot, '../shared/sources/topic-pp56-60.zh.txt');

function coverage(...args: string[]) {
  const run = spawnSync(process.execPath, [join(repoRoot, 'scripts/coverage.ts'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

describe('coverage on the real source', () => {
  const present = existsSync(realSource);
  it.skipIf(!present)(
    present
      ? `accounts for every number in ${realSource}`
      : `skipped: the source text ${realSource} is not on this machine`,
    () => {
      const { status, out } = coverage(realSource);
      expect(out).toMatch(/^total: .* 0 unaccounted; 0 quotes not found; 0 stale ignore entries$/m);
      expect(status).toBe(0);
    },
  );
});

describe('coverage on a made-up source', () => {
  const text = [
    '甲市警方:打击行动',
    '2020年1月,甲市公安局抓获犯罪嫌疑人12名,缴获银行卡30张。',
    '1',
    '乙县警方抓获嫌疑人5人,其中3人已判刑。',
    '2',
  ].join('\n');

  function setUp(figures: string[], ignores: string[]) {
    const dir = mkdtempSync(join(tmpdir(), 'coverage-'));
    const data = join(dir, 'data');
    mkdirSync(data);
    writeFileSync(join(dir, 'mini.zh.txt'), `${text}\n`);
    writeFileSync(join(data, 'sources.csv'), 'id,title_zh,file\nmini,迷你来源,mini.zh.txt\n');
    writeFileSync(
      join(data, 'figures.csv'),
      ['id,value,qualifier,source,page,quote', ...figures, ''].join('\n'),
    );
    writeFileSync(
      join(data, 'coverage-ignore.csv'),
      ['source,page,context,number,reason,note', ...ignores, ''].join('\n'),
    );
    return { textFile: join(dir, 'mini.zh.txt'), data };
  }
  const figures = [
    'jia-suspects,12,exact,mini,1,抓获犯罪嫌疑人12名',
    'jia-cards,30,exact,mini,1,缴获银行卡30张',
    'yi-suspects,5,exact,mini,2,抓获嫌疑人5人',
  ];
  const dateIgnore = 'mini,1,"2020年1月,甲市公安局",2020年1月,date,';

  it('exits 1 and names page, line and number of an unaccounted number', () => {
    const { textFile, data } = setUp(figures, [dateIgnore]);
    const { status, out } = coverage(textFile, '--data', data);
    expect(out).toContain('page 1: 2 curated, 1 ignored, 0 unaccounted');
    expect(out).toContain('page 2: 1 curated, 0 ignored, 1 unaccounted');
    expect(out).toMatch(/page 2, line 4: 3人 .*其中\[3人\]已判刑/);
    expect(status).toBe(1);
  });

  it('exits 0 once every number is curated or ignored', () => {
    const { textFile, data } = setUp(figures, [
      dateIgnore,
      'mini,2,其中3人已判刑,3人,not-a-statistic,made up for the test',
    ]);
    const { status, out } = coverage(textFile, '--data', data);
    expect(out).toContain('total: 3 curated, 2 ignored, 0 unaccounted');
    expect(status).toBe(0);
  });

  it('exits 1 on a quote not found on its page and on a stale ignore entry', () => {
    const { textFile, data } = setUp(
      [...figures, 'yi-wrong-page,3,exact,mini,1,其中3人已判刑'],
      [dateIgnore, 'mini,2,其中3人已判刑,3人,not-a-statistic,', 'mini,2,没有这句话,7人,not-a-statistic,'],
    );
    const { status, out } = coverage(textFile, '--data', data);
    expect(out).toMatch(/quote is not found[^]*yi-wrong-page, page 1/);
    expect(out).toMatch(/stale ignore entries[^]*没有这句话", 7人: context not found on the page/);
    expect(status).toBe(1);
  });

  it('rejects an unknown reason and a repeat that names no figure', () => {
    const { textFile, data } = setUp(figures, [dateIgnore, 'mini,2,其中3人已判刑,3人,repeat,no-such-figure']);
    const { status, out } = coverage(textFile, '--data', data);
    expect(out).toContain('a repeat names the figure it repeats');
    expect(status).toBe(1);
  });

  it('explains bad arguments in one line', () => {
    const { textFile, data } = setUp(figures, []);
    for (const [args, message] of [
      [[], 'expected one source text file, got 0'],
      [['missing.txt'], 'source text "missing.txt" does not exist'],
      [[textFile, '--data', data, '--source', 'nope'], 'no row with id "nope"'],
      [[textFile, '--bogus'], "Unknown option '--bogus'"],
    ] as const) {
      const { status, err } = coverage(...args);
      expect(err).toContain(message);
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(status).toBe(2);
    }
  });
});
