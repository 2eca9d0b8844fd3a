import { describe, expect, it } from 'vitest';
import {
  coverageLedger,
  isComplete,
  ledgerReport,
  type CoverageEntry,
  type CoverageFigure,
} from '../../../src/lib/curation/coverage.ts';

const text = [
  '甲市警方:打击行动',
  '2020年1月,甲市公安局抓获犯罪嫌疑人12名,缴获银行卡30张。',
  '1',
  '甲市警方:打击行动',
  '乙县警方抓获嫌疑人5人,其中3人已判刑。',
  '2',
].join('\n');
const names = {
  text: 'mini.txt',
  source: 'mini',
  figures: 'data/figures.csv',
  ignore: 'data/coverage-ignore.csv',
};

const figure = (id: string, value: number, page: number, quote: string, line = 2): CoverageFigure => ({
  id,
  value,
  qualifier: 'exact',
  page,
  quote,
  line,
});
const figures = [
  figure('jia-suspects', 12, 1, '抓获犯罪嫌疑人12名'),
  figure('jia-cards', 30, 1, '缴获银行卡30张'),
  figure('yi-suspects', 5, 2, '抓获嫌疑人5人'),
];
const entry = (page: number, context: string, number: string, at = 2): CoverageEntry => ({
  page,
  context,
  number,
  line: at,
});
const dateEntry = entry(1, '2020年1月,甲市公安局', '2020年1月');
const statuses = (ledger: ReturnType<typeof coverageLedger>) =>
  ledger.occurrences.map((o) => `${o.page.page} ${o.hit.text} ${o.status}`);

describe('coverageLedger', () => {
  it('marks numbers inside a quote of a figure with that value curated, and names the rest', () => {
    const ledger = coverageLedger(text, '', figures, [dateEntry]);
    expect(statuses(ledger)).toEqual([
      '1 2020年1月 ignored',
      '1 12名 curated',
      '1 30张 curated',
      '2 5人 curated',
      '2 3人 unaccounted',
    ]);
    expect(isComplete(ledger)).toBe(false);
    const report = ledgerReport(ledger, names);
    expect(report).toContain('page 1: 2 curated, 1 ignored, 0 unaccounted');
    expect(report).toContain('page 2: 1 curated, 0 ignored, 1 unaccounted');
    expect(report).toMatch(/page 2, line 5: 3人 .*其中\[3人\]已判刑/);
  });

  it('is complete once every number is curated or ignored', () => {
    const ledger = coverageLedger(text, '', figures, [dateEntry, entry(2, '其中3人已判刑', '3人')]);
    expect(isComplete(ledger)).toBe(true);
    expect(ledgerReport(ledger, names)).toContain(
      'total: 3 curated, 2 ignored, 0 unaccounted; 0 quotes not found; 0 stale ignore entries',
    );
  });

  it('does not curate a number whose value differs from the figure, even inside its quote', () => {
    const ledger = coverageLedger(text, '', [figure('jia-wrong', 13, 1, '抓获犯罪嫌疑人12名')], []);
    expect(statuses(ledger)).toContain('1 12名 unaccounted');
  });

  it('lists quotes not on their page and ignore entries that match nothing, with why', () => {
    const ledger = coverageLedger(
      text,
      '',
      [...figures, figure('yi-wrong-page', 3, 1, '其中3人已判刑', 5)],
      [
        dateEntry,
        entry(2, '没有这句话', '7人', 9),
        entry(2, '其中3人已判刑', '4人', 10),
        entry(7, '其中', '3人', 11),
      ],
    );
    expect(ledger.missingQuotes.map((f) => f.id)).toEqual(['yi-wrong-page']);
    expect(ledger.stale.map((s) => s.why)).toEqual([
      'context not found on the page',
      'no uncurated number "4人" in it',
      'page 7 is not in the text',
    ]);
    const report = ledgerReport(ledger, names);
    expect(report).toContain('data/figures.csv:5 yi-wrong-page, page 1: "其中3人已判刑"');
    expect(report).toContain(
      'data/coverage-ignore.csv:9 page 2, "没有这句话", 7人: context not found on the page',
    );
    expect(isComplete(ledger)).toBe(false);
  });

  it('skips lines printed on several pages and the title as running heads', () => {
    const withHead = text.replaceAll('甲市警方:打击行动', '第3期 打击行动');
    const ledger = coverageLedger(`标题2020\n${withHead}`, '标题2020', figures, [dateEntry]);
    expect(statuses(ledger).filter((s) => s.includes('unaccounted'))).toEqual(['2 3人 unaccounted']);
  });
});
