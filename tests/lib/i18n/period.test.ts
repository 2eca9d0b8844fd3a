import { describe, expect, it } from 'vitest';
import type { PeriodType } from '../../../src/lib/data/schema.ts';
import { formatDate, periodKey, periodLabel } from '../../../src/lib/i18n/period.ts';

const p = (period_type: PeriodType, period_start = '', period_end = '', as_of = '', reported = '') => ({
  period_type,
  period_start,
  period_end,
  as_of,
  reported,
});

describe('dates and periods in words', () => {
  it('formats dates at the precision given', () => {
    expect(formatDate('2020-12-25', 'zh')).toBe('2020年12月25日');
    expect(formatDate('2020-12-25', 'en')).toBe('25 Dec 2020');
    expect(formatDate('2020-12', 'en')).toBe('Dec 2020');
    expect(formatDate('2020', 'zh')).toBe('2020年');
  });

  it('says "since the campaign began" only for a since-launch total', () => {
    expect(periodLabel(p('since-launch', '', '', '2020-10-30'), 'en')).toBe(
      'since the operation began there, as of 30 Oct 2020',
    );
    expect(periodLabel(p('since-launch', '', '', '', '2020-12-25'), 'zh')).toBe(
      '当地行动开展以来（原文未注明开始日期），2020年12月25日报道',
    );
    expect(periodLabel(p('since-launch', '', '', '', '2020-12-25'), 'en')).toBe(
      'since the operation began there (start not given), reported 25 Dec 2020',
    );
    expect(periodLabel(p('since-launch'), 'zh')).toBe('当地行动开展以来（原文未注明开始日期和截至日期）');
  });

  it('gives a running total with no stated start its as-of date and nothing more', () => {
    expect(periodLabel(p('cumulative', '', '', '2020-12'), 'en')).toBe('running total as of Dec 2020');
    expect(periodLabel(p('cumulative', '', '', '2020-12'), 'zh')).toBe('截至2020年12月累计');
    expect(periodLabel(p('cumulative', '2020-10-10'), 'en')).toBe('since 10 Oct 2020 (no as-of date given)');
    expect(periodLabel(p('cumulative', '', '', '', '2020-12-25'), 'en')).toBe(
      'running total, reported 25 Dec 2020',
    );
    expect(periodLabel(p('cumulative'), 'zh')).toBe('累计（原文未注明日期）');
  });

  it('tells a printed as-of date from a reported date', () => {
    const asOf = p('since-launch', '', '', '2020-12-25');
    const reported = p('since-launch', '', '', '', '2020-12-25');
    expect(periodLabel(asOf, 'en')).not.toBe(periodLabel(reported, 'en'));
    expect(periodKey(asOf)).not.toBe(periodKey(reported));
  });

  it('gives an operation its dates, and no end it does not have', () => {
    expect(periodLabel(p('operation', '2020-11-04', '2020-12'), 'en')).toBe('4 Nov 2020 to Dec 2020');
    expect(periodLabel(p('operation', '2020-07-03', '2020-07-03'), 'zh')).toBe('2020年7月3日');
    expect(periodLabel(p('operation', '2020-05-05'), 'zh')).toBe('2020年5月5日起');
    expect(periodLabel(p('operation'), 'en')).toBe('date not given');
  });
});
