import { describe, expect, it } from 'vitest';
import { BAR_COLOR, TEXT_COLOR, TRACK_COLOR } from '../../../src/lib/theme.ts';
import { dateSpan, timelineSvg } from '../../../src/lib/charts/timeline.ts';
import type { TimelineRow } from '../../../src/lib/charts/types.ts';
import { findTags } from '../../helpers/html.ts';
import { timelineWords } from './form-words.ts';
import { timelineRows } from './form-samples.ts';
import { rects, root, selfContained, texts } from './svg-helpers.ts';

const en = timelineWords('en');
const row = (id: string, start: string, end: string, asOf: string[] = []): TimelineRow => ({
  id,
  label: id,
  start,
  end,
  asOf,
});
/** Rects of a fill, in drawing order (rows top to bottom), legend swatches (12 px wide, at the end) left out. */
const marks = (svg: string, fill: string) => {
  const all = rects(svg).filter((r) => r.fill === fill);
  const legendTop = Math.max(...rects(svg).map((r) => Number(r.y)));
  return all.filter((r) => Number(r.y) < legendTop - 12);
};
const day = (date: string) => dateSpan(date).from;

describe('dateSpan', () => {
  it('spans the whole year or month of a date known only to the year or month', () => {
    expect(dateSpan('2020').to - dateSpan('2020').from).toBe(366);
    expect(dateSpan('2020-02').to - dateSpan('2020-02').from).toBe(29);
    expect(dateSpan('2020-10-10').to - dateSpan('2020-10-10').from).toBe(1);
    expect(dateSpan('2020-10').from).toBe(day('2020-10-01'));
  });

  it('names a date it cannot read', () => {
    expect(() => dateSpan('10/10/2020')).toThrow('"10/10/2020" is not a YYYY, YYYY-MM or YYYY-MM-DD date');
  });
});

describe('timelineSvg', () => {
  // One year, Jan to Dec 2020, both ends known to the day: the axis runs from 1 Jan 2020 to 1 Jan 2021.
  const year = row('year', '2020-01-01', '2020-12-31');
  const x = (date: string, width = 420) => ((day(date) - day('2020-01-01')) / 366) * (width - 1);

  it('draws a run known to the day from its start to its end', () => {
    const svg = timelineSvg('t', [year, row('q2', '2020-04-01', '2020-06-30')], en).svg;
    const [, q2] = marks(svg, BAR_COLOR);
    expect(Number(q2!.x)).toBeCloseTo(x('2020-04-01'), 0);
    expect(Number(q2!.x) + Number(q2!.width)).toBeCloseTo(x('2020-07-01'), 0);
  });

  it('draws a date known only to the month as a pale span of that month', () => {
    // Started some time in March, ended some time in May: surely running from 1 April to 1 May.
    const svg = timelineSvg('t', [year, row('months', '2020-03', '2020-05')], en).svg;
    const [, pale] = marks(svg, TRACK_COLOR);
    const [, sure] = marks(svg, BAR_COLOR);
    expect(Number(pale!.x)).toBeCloseTo(x('2020-03-01'), 0);
    expect(Number(pale!.x) + Number(pale!.width)).toBeCloseTo(x('2020-06-01'), 0);
    expect(Number(sure!.x)).toBeCloseTo(x('2020-04-01'), 0);
    expect(Number(sure!.x) + Number(sure!.width)).toBeCloseTo(x('2020-05-01'), 0);
  });

  it('draws a run known only to the year as pale throughout, never as surely running', () => {
    const svg = timelineSvg('t', [row('longfeng', '2020', '2020')], en).svg;
    expect(marks(svg, BAR_COLOR)).toEqual([]);
    expect(marks(svg, TRACK_COLOR)).toHaveLength(1);
    expect(texts(svg)).not.toContain('running');
  });

  it('draws a run with no end given to the right edge, with an arrowhead', () => {
    const svg = timelineSvg('t', [row('duanka', '2020-10-10', '')], en).svg;
    const { width } = root(svg);
    const [bar] = marks(svg, BAR_COLOR);
    const arrows = findTags(svg, 'path').filter((p) => p.attrs.fill === BAR_COLOR);
    expect(Number(bar!.x) + Number(bar!.width)).toBeLessThan(width);
    expect(arrows[0]!.attrs.d).toContain(`L${width} `);
    expect(texts(svg)).toContain('end not given');
    expect(texts(timelineSvg('t', [year], en).svg)).not.toContain('end not given');
  });

  it('marks the as-of dates of figures under the bar, a month-only date as the whole month', () => {
    const svg = timelineSvg('t', [row('a', '2020-01-01', '2020-12-31', ['2020-10-30', '2020-12'])], en).svg;
    const [oct30, dec] = marks(svg, TEXT_COLOR);
    // A day is drawn as a 3 px mark centred on its start.
    expect(Number(oct30!.width)).toBe(3);
    expect(Number(oct30!.x) + 1.5).toBeCloseTo(x('2020-10-30') + 0.5, 0);
    expect(Number(dec!.x)).toBeCloseTo(x('2020-12-01'), 0);
    expect(Number(dec!.width)).toBeCloseTo(x('2021-01-01') - x('2020-12-01'), 0);
    expect(texts(svg)).toContain('figures as of or reported');
  });

  it('labels the axis with the month names and years it is given', () => {
    const months = Array.from({ length: 12 }, (_, i) => `M${i + 1}`);
    const svg = timelineSvg('t', [year], { ...en, months, year: (y) => `Y${y}` }).svg;
    expect(texts(svg)).toEqual(expect.arrayContaining(['M1', 'Y2020', 'M7']));
    expect(texts(svg)).not.toContain('Jan');
    expect(() => timelineSvg('t', [year], { ...en, months: months.slice(1) }).svg).toThrow(
      'twelve month names',
    );
  });

  it('thins the axis to fit: never more labels than room for them', () => {
    const long = row('long', '2016-01', '2020-12');
    const monthTexts = (width: number) =>
      texts(timelineSvg('t', [long], en, width).svg).filter(
        (t) => en.months.includes(t) || /^\d{4}$/.test(t),
      );
    expect(monthTexts(420).length).toBeLessThanOrEqual(8);
    expect(monthTexts(420).length).toBeGreaterThanOrEqual(4);
  });

  it('draws the card-breaking campaign from the seed: every row, linked, with a text alternative', () => {
    const rows = timelineRows('duanka', 'en');
    const svg = timelineSvg('duanka', rows, en).svg;
    expect(findTags(svg, 'a').map((a) => a.attrs.href)).toEqual(rows.map((r) => r.href));
    const { role, label } = root(svg);
    expect(role).toBe('group'); // its labels are links: an img would hide them;
    expect(label).toContain(
      '“Card-breaking” operation, 10 Oct 2020 to end not given, figures as of or reported 30 Oct 2020, 25 Dec 2020',
    );
    expect(label).toContain('Operation “Longfeng 2020”, 2020 to 2020');
    expect(selfContained(svg)).toBe(true);
    expect(timelineSvg('duanka', rows, en).svg).toBe(svg);
  });

  it('refuses rows without a single date', () => {
    expect(() => timelineSvg('empty', [row('x', '', '')], en).svg).toThrow(
      'timeline empty: no dates to draw',
    );
  });
});
