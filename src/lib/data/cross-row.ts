import type { Dataset, Figure, Row } from './dataset.ts';
import type { Campaign, Place, TableName, Unit } from './schema.ts';

/** Reports a problem at a row's field, as checkDataset does (file, line, column). */
type Report = (table: TableName, row: { line: number }, field: string, message: string) => void;

/** What a unit counts: a part counts the same kind of thing as its whole (never people inside yuan). */
const UNIT_KINDS: Partial<Record<Unit, 'people' | 'money' | 'time'>> = {
  people: 'people',
  officers: 'people',
  yuan: 'money',
  'yuan-per-set': 'money',
  days: 'time',
  months: 'time',
};
const unitKind = (unit: Unit) => UNIT_KINDS[unit] ?? 'things';

/** Partial dates compared on their common precision: 2020-12 is neither before nor after 2020-12-25. */
const before = (a: string, b: string) => {
  const n = Math.min(a.length, b.length);
  return Boolean(a && b) && a.slice(0, n) < b.slice(0, n);
};

/** The last date a figure's period reaches: its end, or the date a running total runs up to. */
const lastDate = (f: Figure) => f.period_end || f.as_of;

/**
 * Faults that only show across rows, each reported at the row to fix: a part that is not of its
 * whole's kind, report or period, a part_of loop, a figure entered twice, a figure outside its
 * campaign's place or dates, a campaign outside its parent's, names and codes used twice, a
 * discrepancy that lists figures of another source. References that do not resolve are left to
 * checkDataset, which reports them once.
 */
export function checkCrossRows(data: Dataset, report: Report): void {
  const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
  const figures = byId(data.figures);
  const places = byId(data.places);
  const campaigns = byId(data.campaigns);
  const metrics = byId(data.metrics);
  const within = (place: string, container: string): boolean => {
    for (let p = places.get(place), depth = 0; p && depth < 10; p = places.get(p.parent), depth++)
      if (p.id === container) return true;
    return false;
  };
  checkParts(data, figures, metrics, report);
  checkRepeatedFigures(data, report);
  checkFiguresInCampaigns(data, campaigns, within, report);
  checkCampaignsInParents(data, campaigns, within, report);
  checkNamesUsedOnce(data, report);
  for (const d of data.discrepancies)
    for (const id of d.figures.split(' ').filter(Boolean)) {
      const f = figures.get(id);
      if (f && f.source !== d.source && data.sources.some((s) => s.id === f.source))
        report(
          'discrepancies',
          d,
          'figures',
          `lists "${id}", a figure of source "${f.source}", but this row is about source "${d.source}"; list only figures of its source`,
        );
    }
}

function checkParts(
  data: Dataset,
  figures: Map<string, Figure>,
  metrics: Map<string, Row<{ id: string; unit: Unit }>>,
  report: Report,
) {
  for (const f of data.figures) {
    const whole = f.part_of ? figures.get(f.part_of) : undefined;
    if (!whole || whole.id === f.id) continue;
    const [partMetric, wholeMetric] = [metrics.get(f.metric), metrics.get(whole.metric)];
    if (partMetric && wholeMetric && unitKind(partMetric.unit) !== unitKind(wholeMetric.unit))
      report(
        'figures',
        f,
        'part_of',
        `counts ${partMetric.unit}, but the whole it is part of ("${whole.id}") counts ${wholeMetric.unit}: a part counts the same kind of thing as its whole (people, money, time or things)`,
      );
    // A part (其中) is broken out of its whole in the same report: same place, campaign and source.
    for (const field of ['place', 'campaign', 'source'] as const)
      if (f[field] !== whole[field])
        report(
          'figures',
          f,
          field,
          `is "${f[field]}", but the whole it is part of ("${whole.id}") has ${field} "${whole[field]}"; a part is reported with its whole`,
        );
    if (before(f.period_start, whole.period_start))
      report(
        'figures',
        f,
        'period_start',
        `${f.period_start} is before the start of the whole it is part of ("${whole.id}", ${whole.period_start}); a part lies within its whole's period`,
      );
    if (before(lastDate(whole), lastDate(f)))
      report(
        'figures',
        f,
        f.period_end ? 'period_end' : 'as_of',
        `${lastDate(f)} is after the end of the whole it is part of ("${whole.id}", ${lastDate(whole)}); a part lies within its whole's period`,
      );
    const seen = new Set([f.id]);
    for (let up = whole; up; up = figures.get(up.part_of)!) {
      if (seen.has(up.id)) {
        report(
          'figures',
          f,
          'part_of',
          `part_of loops back to "${f.id}" through "${whole.id}"; a whole cannot be part of its part`,
        );
        break;
      }
      seen.add(up.id);
      if (!up.part_of) break;
    }
  }
}

/**
 * The same figure entered twice under another id: the same place, metric, detail, campaign and
 * period. Refused unless a discrepancy row lists both (the source may state one number twice, or two
 * numbers for one thing).
 */
function checkRepeatedFigures(data: Dataset, report: Report) {
  const linked = new Set(
    data.discrepancies.flatMap((d) => {
      const ids = d.figures.split(' ').filter(Boolean);
      return ids.flatMap((a) => ids.map((b) => `${a} ${b}`));
    }),
  );
  const first = new Map<string, Figure>();
  for (const f of data.figures) {
    const key = [
      f.place,
      f.metric,
      f.detail_zh,
      f.detail_en,
      f.campaign,
      f.period_type,
      f.period_start,
      f.period_end,
      f.as_of,
      f.reported,
    ].join('\u0000');
    const earlier = first.get(key);
    if (!earlier) first.set(key, f);
    else if (!linked.has(`${earlier.id} ${f.id}`))
      report(
        'figures',
        f,
        'id',
        `is the same figure as "${earlier.id}" (line ${earlier.line}): same place, metric, detail, campaign and period; delete one, give each its detail, or list both in a discrepancies.csv row that says why both stand`,
      );
  }
}

/**
 * A figure belongs to its campaign: in the campaign's place (or a place within it), not after its
 * end, and (for a campaign or operation) not before its start.
 */
function checkFiguresInCampaigns(
  data: Dataset,
  campaigns: Map<string, Row<Campaign>>,
  within: (place: string, container: string) => boolean,
  report: Report,
) {
  for (const f of data.figures) {
    const c = campaigns.get(f.campaign);
    if (!c) continue;
    if (c.place && !within(f.place, c.place))
      report(
        'figures',
        f,
        'place',
        `"${f.place}" is not "${c.place}" or a place within it, where its campaign "${c.id}" was run; check the place or the campaign`,
      );
    // A case's figures may count what happened before police took it up (a list bought in 2018).
    if (c.kind !== 'case' && before(f.period_start, c.start))
      report(
        'figures',
        f,
        'period_start',
        `${f.period_start} is before its campaign "${c.id}" began (${c.start}); check the date or the campaign`,
      );
    if (before(c.end, lastDate(f)))
      report(
        'figures',
        f,
        f.period_end ? 'period_end' : 'as_of',
        `${lastDate(f)} is after its campaign "${c.id}" ended (${c.end}); check the date or the campaign`,
      );
  }
}

/** An operation or case lies inside its parent: same topic, in its place, within its dates. */
function checkCampaignsInParents(
  data: Dataset,
  campaigns: Map<string, Row<Campaign>>,
  within: (place: string, container: string) => boolean,
  report: Report,
) {
  for (const c of data.campaigns) {
    const parent = campaigns.get(c.parent);
    // A case as parent is refused on its own (checkDataset); its place and dates say nothing more.
    if (!parent || parent.id === c.id || parent.kind === 'case') continue;
    if (c.topic !== parent.topic)
      report(
        'campaigns',
        c,
        'topic',
        `is "${c.topic}", but its parent "${parent.id}" is "${parent.topic}"; an operation has its parent's topic`,
      );
    if (parent.place && c.place && !within(c.place, parent.place))
      report(
        'campaigns',
        c,
        'place',
        `"${c.place}" is not "${parent.place}" or a place within it, where its parent "${parent.id}" was run`,
      );
    if (before(c.start, parent.start))
      report(
        'campaigns',
        c,
        'start',
        `${c.start} is before its parent "${parent.id}" began (${parent.start})`,
      );
    if (before(parent.end, c.end))
      report('campaigns', c, 'end', `${c.end} is after its parent "${parent.id}" ended (${parent.end})`);
  }
}

/** Names and codes that tell rows apart: a second place with one code, two rows of one name. */
function checkNamesUsedOnce(data: Dataset, report: Report) {
  const once = <T extends Row<object>>(
    table: TableName,
    rows: T[],
    field: keyof T & string,
    scope: (row: T) => string,
    what: string,
  ) => {
    const first = new Map<string, T>();
    for (const row of rows) {
      const value = String(row[field]);
      const key = `${scope(row)}\u0000${value}`;
      const earlier = first.get(key);
      if (!earlier) first.set(key, row);
      else
        report(
          table,
          row,
          field,
          `"${value}" is already the ${field} of ${what} on line ${earlier.line}; two rows cannot share it`,
        );
    }
  };
  const none = () => '';
  once<Row<Place>>('places', data.places, 'gbt2260', none, 'a place');
  for (const field of ['name_zh', 'name_en'] as const) {
    once<Row<Place>>('places', data.places, field, (p) => p.parent, 'a place with the same parent');
    // Cases of one name (“10.29”专案) happen in different places.
    once<Row<Campaign>>('campaigns', data.campaigns, field, (c) => c.place, 'a campaign of the same place');
    once('metrics', data.metrics, field, none, 'a metric');
    once('agencies', data.agencies, field, none, 'an agency');
  }
}
