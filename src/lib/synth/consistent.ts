import type { Agency, Campaign, FigureRow, Place } from '../data/schema.ts';

/**
 * Random draws break rules that only show across rows (src/lib/data/cross-row.ts): two figures of
 * one place, metric, campaign and period; a figure or operation past its campaign's end or before its
 * start; two counties or agencies of one name. These passes make a drawn data set keep them, so the
 * validator accepts every seed.
 */

const before = (a: string, b: string) => {
  const n = Math.min(a.length, b.length);
  return Boolean(a && b) && a.slice(0, n) < b.slice(0, n);
};

/** A repeated figure gets its own detail, as a source reporting two batches would. */
export function distinctFigures(figures: FigureRow[]): void {
  const key = (f: FigureRow) =>
    [
      f.place,
      f.metric,
      f.detail_zh,
      f.campaign,
      f.period_type,
      f.period_start,
      f.period_end,
      f.as_of,
      f.reported,
    ].join('\u0000');
  const seen = new Map<string, number>();
  for (const f of figures) {
    const drawn = key(f);
    const n = (seen.get(drawn) ?? 0) + 1;
    seen.set(drawn, n);
    if (n === 1) continue;
    f.detail_zh = `${f.detail_zh || '另一批'}（${n}）`;
    f.detail_en = `${f.detail_en || 'another batch'} (${n})`;
    seen.set(key(f), 1);
  }
}

/** A campaign's stated start and end leave out none of its figures and operations: a date that would is dropped. */
export function campaignsSpanTheirContents<C extends Campaign>(campaigns: C[], figures: FigureRow[]): void {
  const byId = new Map(campaigns.map((c) => [c.id, c]));
  const inside = (c: C) => [
    ...figures
      .filter((f) => f.campaign === c.id)
      .map((f) => ({
        start: c.kind === 'case' ? '' : f.period_start,
        end: f.period_end || f.as_of,
      })),
    ...campaigns.filter((k) => k.parent === c.id).map((k) => ({ start: k.start, end: k.end })),
  ];
  // Children first, so that a parent sees the dates its children keep.
  const depth = (c: C): number => (c.parent && byId.has(c.parent) ? 1 + depth(byId.get(c.parent)!) : 0);
  for (const c of [...campaigns].sort((a, b) => depth(b) - depth(a))) {
    const contents = inside(c);
    if (contents.some((x) => before(x.start, c.start))) c.start = '';
    if (contents.some((x) => before(c.end, x.end))) c.end = '';
  }
}

/** Two places under one parent, or two agencies, never share a name: the later one is numbered. */
export function namesUsedOnce(places: Place[], agencies: Agency[], campaigns: Campaign[]): void {
  const number = <T extends { name_zh: string; name_en: string }>(rows: T[], scope: (row: T) => string) => {
    const seen = new Map<string, number>();
    for (const row of rows) {
      const keys = [`zh\u0000${scope(row)}\u0000${row.name_zh}`, `en\u0000${scope(row)}\u0000${row.name_en}`];
      const n = Math.max(...keys.map((k) => seen.get(k) ?? 0));
      if (n > 0) {
        row.name_zh = `${row.name_zh}（${n + 1}）`;
        row.name_en = `${row.name_en} (${n + 1})`;
      }
      for (const k of keys) seen.set(k, n + 1);
    }
  };
  number(places, (p) => p.parent);
  number(agencies, () => '');
  number(campaigns, (c) => c.place);
}
