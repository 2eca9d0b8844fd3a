import type { DataIssue } from './csv.ts';
import type { Dataset, Row } from './dataset.ts';
import { TABLES, type TableName } from './schema.ts';
import { findNumbers } from './numbers.ts';

/** Cross-table rules: unique ids, references, levels, dates, pages and quotes. */
export function checkDataset(
  data: Dataset,
  label = 'data',
  knownIds?: Partial<Record<TableName, Set<string> | null>>,
): DataIssue[] {
  const issues: DataIssue[] = [];
  const report = (table: TableName, row: { line: number }, field: string, message: string) => {
    const columns = Object.keys(TABLES[table].row.shape);
    issues.push({
      file: `${label}/${TABLES[table].file}`,
      line: row.line,
      column: columns.indexOf(field) + 1,
      field,
      message,
    });
  };

  for (const table of ['sources', 'places', 'campaigns', 'agencies', 'figures'] as const) {
    for (const row of data[table]) {
      if (!row.note_en !== !row.note_zh)
        report(
          table,
          row,
          row.note_en ? 'note_zh' : 'note_en',
          'note_en and note_zh go together; fill both or neither',
        );
    }
  }

  const index = {} as Record<TableName, Map<string, Row<{ id: string }>>>;
  for (const table of Object.keys(TABLES) as TableName[]) {
    const byId = new Map<string, Row<{ id: string }>>();
    for (const row of data[table] as Row<{ id: string }>[]) {
      const first = byId.get(row.id);
      if (first)
        report(table, row, 'id', `duplicate id "${row.id}"; it is already used on line ${first.line}`);
      else byId.set(row.id, row);
    }
    index[table] = byId;
  }
  const ref = (table: TableName, row: { line: number }, field: string, value: string, target: TableName) => {
    if (!value || index[target].has(value)) return true;
    const known = knownIds?.[target];
    // null: the target file itself could not be read, so its ids cannot be checked.
    if (known !== null && !known?.has(value)) {
      report(
        table,
        row,
        field,
        `unknown ${target.replace(/s$/, '')} "${value}"; expected an id from ${TABLES[target].file}`,
      );
    }
    return false;
  };
  const places = index.places as Map<string, Dataset['places'][number]>;
  const figuresById = index.figures as Map<string, Dataset['figures'][number]>;
  const sources = index.sources as Map<string, Dataset['sources'][number]>;

  for (const s of data.sources) {
    if (s.first_page > s.last_page)
      report('sources', s, 'last_page', `last page ${s.last_page} is before first page ${s.first_page}`);
  }

  const parentLevels = {
    province: [],
    prefecture: ['province'],
    county: ['prefecture', 'province'],
  } as const;
  for (const p of data.places) {
    if (p.level === 'province') {
      if (p.parent) report('places', p, 'parent', `a province has no parent; found "${p.parent}"`);
      if (!p.gbt2260.endsWith('0000'))
        report('places', p, 'gbt2260', `a province's code ends in 0000; found ${p.gbt2260}`);
      continue;
    }
    if (!p.parent) {
      report(
        'places',
        p,
        'parent',
        `a ${p.level} needs a parent; expected the id of a ${parentLevels[p.level].join(' or ')}`,
      );
      continue;
    }
    if (!ref('places', p, 'parent', p.parent, 'places')) continue;
    const parent = places.get(p.parent)!;
    if (!(parentLevels[p.level] as readonly string[]).includes(parent.level)) {
      report(
        'places',
        p,
        'parent',
        `wrong level for a parent: "${p.parent}" is a ${parent.level}, but a ${p.level}'s parent must be a ${parentLevels[p.level].join(' or ')}`,
      );
    } else if (p.gbt2260.slice(0, 2) !== parent.gbt2260.slice(0, 2)) {
      report(
        'places',
        p,
        'gbt2260',
        `code ${p.gbt2260} is not inside its parent "${p.parent}" (${parent.gbt2260}); the first two digits must match`,
      );
    }
  }

  const campaigns = index.campaigns as Map<string, Dataset['campaigns'][number]>;
  for (const c of data.campaigns) {
    ref('campaigns', c, 'place', c.place, 'places');
    if (c.parent && ref('campaigns', c, 'parent', c.parent, 'campaigns')) {
      if (campaigns.get(c.parent)!.kind === 'case')
        report(
          'campaigns',
          c,
          'parent',
          `parent "${c.parent}" is a case; a parent must be a campaign or operation`,
        );
      if (hasCycle(c.id, campaigns))
        report('campaigns', c, 'parent', `parent chain of "${c.id}" loops back to itself`);
    }
    checkOrder('campaigns', c, 'start', c.start, 'end', c.end, report);
  }

  for (const a of data.agencies) ref('agencies', a, 'place', a.place, 'places');

  for (const f of data.figures) {
    ref('figures', f, 'place', f.place, 'places');
    ref('figures', f, 'located_in', f.located_in, 'places');
    ref('figures', f, 'campaign', f.campaign, 'campaigns');
    ref('figures', f, 'metric', f.metric, 'metrics');
    if (ref('figures', f, 'agency', f.agency, 'agencies')) {
      const agencyPlace = (index.agencies.get(f.agency) as Dataset['agencies'][number]).place;
      if (agencyPlace !== f.place)
        report(
          'figures',
          f,
          'agency',
          `agency "${f.agency}" serves "${agencyPlace}", but the figure's place is "${f.place}"`,
        );
    }
    if (ref('figures', f, 'source', f.source, 'sources')) {
      const s = sources.get(f.source)!;
      if (f.page < s.first_page || f.page > s.last_page) {
        report(
          'figures',
          f,
          'page',
          `page ${f.page} is outside source "${f.source}" (pages ${s.first_page}-${s.last_page})`,
        );
      }
    }
    if (f.part_of && ref('figures', f, 'part_of', f.part_of, 'figures')) {
      const whole = figuresById.get(f.part_of)!;
      if (whole.id === f.id) report('figures', f, 'part_of', 'a figure cannot be part of itself');
      else if (whole.value < f.value)
        report(
          'figures',
          f,
          'part_of',
          `value ${f.value} is larger than the whole it is part of ("${whole.id}", ${whole.value})`,
        );
    }
    if (!f.detail_zh !== !f.detail_en)
      report(
        'figures',
        f,
        f.detail_zh ? 'detail_en' : 'detail_zh',
        'detail_zh and detail_en go together; fill both or neither',
      );
    if (f.period_type === 'cumulative' && f.period_end)
      report(
        'figures',
        f,
        'period_end',
        'a cumulative figure has no period_end; put the date it runs up to in as_of',
      );
    if (f.period_type === 'operation' && f.as_of)
      report(
        'figures',
        f,
        'as_of',
        'an operation figure has no as_of; put the end of the operation in period_end',
      );
    checkOrder('figures', f, 'period_start', f.period_start, 'period_end', f.period_end, report);
    checkOrder('figures', f, 'period_start', f.period_start, 'as_of', f.as_of, report);
    const stated = findNumbers(f.quote).filter((n) => n.kind === 'quantity');
    if (!stated.some((n) => n.value === f.value && n.qualifier === f.qualifier)) {
      const read = stated.map((n) => `${n.text} = ${n.value} (${n.qualifier})`).join('; ') || 'no number';
      report(
        'figures',
        f,
        'value',
        `value ${f.value} (${f.qualifier}) is not what the quote states: "${f.quote}" reads as ${read}`,
      );
    }
  }

  for (const d of data.discrepancies) {
    ref('discrepancies', d, 'source', d.source, 'sources');
    for (const id of d.figures.split(' ').filter(Boolean)) ref('discrepancies', d, 'figures', id, 'figures');
  }
  return issues;
}

function checkOrder<T extends { line: number }>(
  table: TableName,
  row: T,
  startField: string,
  start: string,
  endField: string,
  end: string,
  report: (table: TableName, row: T, field: string, message: string) => void,
) {
  // Compare partial dates on their common precision: 2020-12 is not after 2020-12-25.
  const n = Math.min(start.length, end.length);
  if (start && end && start.slice(0, n) > end.slice(0, n)) {
    report(table, row, endField, `${endField} ${end} is before ${startField} ${start}; dates are reversed`);
  }
}

function hasCycle(id: string, campaigns: Map<string, { parent: string }>): boolean {
  const seen = new Set<string>();
  for (let cur = campaigns.get(id)?.parent; cur; cur = campaigns.get(cur)?.parent) {
    if (cur === id) return true;
    if (seen.has(cur)) return false;
    seen.add(cur);
  }
  return false;
}
