import { describe, expect, it } from 'vitest';
import { formatDate, periodLabel } from '../../../src/lib/i18n/period.ts';

const p = (period_type: 'cumulative' | 'operation', period_start = '', period_end = '', as_of = '') => ({
  period_type,
  period_start,
  period_end,
  as_of,
});

describe('dates and periods in words', () => {
  it('formats dates at the precision given', () => {
    expect(formatDate('2020-12-25', 'zh')).toBe('2020年12月25日');
    expect(formatDate('2020-12-25', 'en')).toBe('25 Dec 2020');
    expect(formatDate('2020-12', 'en')).toBe('Dec 2020');
    expect(formatDate('2020', 'zh')).toBe('2020年');
  });

  it('says "as of" for running totals and "since" with their start', () => {
    expect(periodLabel(p('cumulative', '', '', '2020-12-25'), 'en')).toBe(
      'since the campaign began, as of 25 Dec 2020',
    );
    expect(periodLabel(p('cumulative', '', '', '2020-10-30'), 'zh')).toBe('行动开展以来，截至2020年10月30日');
    expect(periodLabel(p('cumulative', '2020-10-10'), 'en')).toBe('since 10 Oct 2020 (no as-of date given)');
    expect(periodLabel(p('cumulative'), 'zh')).toBe('行动期间累计（原文未注明日期）');
  });

  it('gives an operation its dates', () => {
    expect(periodLabel(p('operation', '2020-11-04', '2020-12'), 'en')).toBe('4 Nov 2020 to Dec 2020');
    expect(periodLabel(p('operation', '2020-07-03', '2020-07-03'), 'zh')).toBe('2020年7月3日');
    expect(periodLabel(p('operation', '2020-05-05'), 'zh')).toBe('2020年5月5日起');
    expect(periodLabel(p('operation'), 'en')).toBe('date not given');
  });
});
