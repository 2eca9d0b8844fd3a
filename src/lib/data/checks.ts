import type { DataIssue } from './csv.ts';
import type { Dataset, Row } from './dataset.ts';
import { PROVENANCE, TABLES, type TableName, type Unit } from './schema.ts';
import { checkCrossRows } from './cross-row.ts';
import { findNumbers, type FoundNumber } from './numbers.ts';
import { findPhrase } from './source-pages.ts';

/** Each source's text by page number, by source id. */
export type SourceTexts = Map<string, Map<number, string>>;

/** Campaign columns that are facts and so need a row in provenance.csv when filled. */
const SOURCED_CAMPAIGN_FIELDS = ['parent', 'start', 'end'] as const;
/** Figure columns that date a figure and so need a row in provenance.csv when filled. */
const DATED_FIGURE_FIELDS = ['period_start', 'period_end', 'as_of', 'reported'] as const;

/**
 * The units a counting word in a quote allows. Words not listed (个, 大, 位, 次…) count anything,
 * so they are not checked.
 */
const COUNTER_UNITS: Record<string, readonly Unit[]> = {
  人: ['people', 'officers'],
  名: ['people', 'officers'],
  起: ['cases'],
  宗: ['cases'],
  张: ['cards'],
  元: ['yuan', 'yuan-per-set'],
  条: ['records', 'leads', 'chains'],
  部: ['phones'],
  台: ['computers', 'vehicles', 'devices'],
  套: ['sets', 'accounts'],
  处: ['dens'],
  家: ['companies', 'channels'],
  户: ['numbers'],
  例: ['numbers'],
  款: ['tools'],
  省: ['provinces'],
  市: ['cities'],
  天: ['days'],
};

/**
 * Cross-table rules: unique ids, references, levels, dates, pages, quotes and provenance. With
 * `texts`, every quote must be found verbatim on its page.
 */
export function checkDataset(
  data: Dataset,
  label = 'data',
  knownIds?: Partial<Record<TableName, Set<string> | null>>,
  texts?: SourceTexts,
  faulty: ReadonlySet<string> = new Set(),
): DataIssue[] {
  const issues: DataIssue[] = [];
  const report = (table: TableName | 'provenance', row: { line: number }, field: string, message: string) => {
    const spec = table === 'provenance' ? PROVENANCE : TABLES[table];
    const columns = Object.keys(spec.row.shape);
    issues.push({
      file: `${label}/${spec.file}`,
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
  const metrics = index.metrics as Map<string, Dataset['metrics'][number]>;
  const lastYear = Math.max(...data.sources.map((s) => Number(s.year)));
  const notAfter = (table: TableName, row: { line: number }, field: string, date: string, year: number) => {
    if (date && Number(date.slice(0, 4)) > year)
      report(
        table,
        row,
        field,
        `${field} ${date} is after ${year}, the last year the source reports; a source cannot state what had not happened`,
      );
  };
  const onPage = (source: string, page: number, phrase: string) => {
    const text = texts?.get(source)?.get(page);
    return text === undefined || findPhrase(text, phrase).length > 0;
  };
  // Figures whose value is a count of names the text lists (basis `counted` in provenance.csv).
  const counted = new Set(
    data.provenance
      .filter((p) => p.table === 'figures' && p.field === 'value' && p.basis === 'counted')
      .map((p) => p.id),
  );

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
    if (data.sources.length) {
      notAfter('campaigns', c, 'start', c.start, lastYear);
      notAfter('campaigns', c, 'end', c.end, lastYear);
    }
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
      } else if (!onPage(f.source, f.page, f.quote)) {
        report(
          'figures',
          f,
          'quote',
          `quote "${f.quote}" is not on page ${f.page} of "${f.source}"; copy it verbatim`,
        );
      }
      for (const field of DATED_FIGURE_FIELDS) notAfter('figures', f, field, f[field], Number(s.year));
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
    if (f.period_type !== 'operation' && f.period_end)
      report(
        'figures',
        f,
        'period_end',
        `a ${f.period_type} figure has no period_end; put the date it runs up to in as_of`,
      );
    if (f.period_type === 'since-launch' && f.period_start)
      report(
        'figures',
        f,
        'period_start',
        "a since-launch figure runs from its campaign's start (行动开展以来); leave period_start empty, or make it cumulative from period_start",
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
    checkOrder('figures', f, 'period_start', f.period_start, 'reported', f.reported, report);
    checkOrder('figures', f, 'as_of', f.as_of, 'reported', f.reported, report);
    if (counted.has(f.id)) continue;
    const stated = findNumbers(f.quote).filter((n) => n.kind === 'quantity');
    // Compared as exact digits, never as doubles: 2^53+1 must not match 2^53.
    const match = stated.find((n) => n.exact === String(f.value) && n.qualifier === f.qualifier);
    if (!match) {
      const read = stated.map((n) => `${n.text} = ${n.exact} (${n.qualifier})`).join('; ') || 'no number';
      report(
        'figures',
        f,
        'value',
        `value ${f.value} (${f.qualifier}) is not what the quote states: "${f.quote}" reads as ${read}`,
      );
    } else {
      if (match.precision !== f.precision)
        report(
          'figures',
          f,
          'precision',
          `precision ${f.precision} is not how the quote states the value: "${match.text}" is stated to ${match.precision}`,
        );
      const unitProblem = metrics.has(f.metric) && counterMismatch(match, metrics.get(f.metric)!);
      if (unitProblem) report('figures', f, 'metric', unitProblem);
    }
  }

  // Rules across rows need every row read: with one missing they would report its neighbours instead.
  if (faulty.size === 0) checkCrossRows(data, report);

  for (const d of data.discrepancies) {
    ref('discrepancies', d, 'source', d.source, 'sources');
    for (const id of d.figures.split(' ').filter(Boolean)) ref('discrepancies', d, 'figures', id, 'figures');
  }

  checkProvenance(data, index, knownIds, sources, onPage, report, faulty);
  return issues;
}

/** The problem when a quote's counting word (人, 元, 张…) does not fit the metric's unit, or undefined. */
function counterMismatch(stated: FoundNumber, metric: { id: string; unit: Unit }): string | undefined {
  const counter = stated.text.at(-1)!;
  const units = COUNTER_UNITS[counter];
  if (!units || units.includes(metric.unit)) return undefined;
  return `quote counts ${stated.text} in ${counter} (${units.join(' or ')}), but metric "${metric.id}" is in ${metric.unit}; file the figure under a metric counted in ${units.join(' or ')}`;
}

type Report = (
  table: TableName | 'provenance',
  row: { line: number },
  field: string,
  message: string,
) => void;

/**
 * Provenance rules: each row points at an existing row and filled column; a `source` basis has a
 * quote found verbatim on its page; every other basis gives its reason in both languages; each
 * filled campaign start, end and parent has exactly one row.
 */
function checkProvenance(
  data: Dataset,
  index: Record<TableName, Map<string, Row<{ id: string }>>>,
  knownIds: Partial<Record<TableName, Set<string> | null>> | undefined,
  sources: Map<string, Dataset['sources'][number]>,
  onPage: (source: string, page: number, phrase: string) => boolean,
  report: Report,
  faulty: ReadonlySet<string>,
) {
  const seen = new Map<string, number>();
  for (const p of data.provenance) {
    const key = `${p.table}|${p.id}|${p.field}`;
    const first = seen.get(key);
    if (first !== undefined)
      report(
        'provenance',
        p,
        'field',
        `${p.table} "${p.id}" ${p.field} already has provenance on line ${first}; keep exactly one`,
      );
    else seen.set(key, p.line);
    const target = index[p.table]?.get(p.id) as Record<string, unknown> | undefined;
    const columns = Object.keys(TABLES[p.table].row.shape);
    if (!target) {
      // A row that could not be read, or a duplicated id, is reported once, where it is.
      const unread = faulty.has(p.table) || index[p.table].size < data[p.table].length;
      if (!unread && knownIds?.[p.table] !== null && !knownIds?.[p.table]?.has(p.id))
        report(
          'provenance',
          p,
          'id',
          `unknown ${p.table.replace(/s$/, '')} "${p.id}"; expected an id from ${TABLES[p.table].file}`,
        );
    } else if (!columns.includes(p.field)) {
      report(
        'provenance',
        p,
        'field',
        `${TABLES[p.table].file} has no column "${p.field}"; expected one of: ${columns.join(', ')}`,
      );
    } else if (target[p.field] === '') {
      report(
        'provenance',
        p,
        'field',
        `${p.table} "${p.id}" has no ${p.field}; there is nothing to give a basis for`,
      );
    }
    if (!p.reason_en !== !p.reason_zh)
      report(
        'provenance',
        p,
        p.reason_en ? 'reason_zh' : 'reason_en',
        'reason_en and reason_zh go together; fill both or neither',
      );
    if (p.basis === 'source' || p.basis === 'counted') {
      if (!p.source || p.page === '' || !p.quote) {
        const missing = [!p.source && 'source', p.page === '' && 'page', !p.quote && 'quote'].filter(Boolean);
        report(
          'provenance',
          p,
          missing[0] as string,
          `a "${p.basis}" basis needs source, page and quote; ${missing.join(', ')} missing`,
        );
      }
    } else if (!p.reason_en) {
      report(
        'provenance',
        p,
        'reason_en',
        `${/^[aeiou]/.test(p.basis) ? 'an' : 'a'} "${p.basis}" basis needs the reason, in reason_en and reason_zh`,
      );
    }
    if (p.basis === 'counted' && (p.table !== 'figures' || p.field !== 'value'))
      report(
        'provenance',
        p,
        'basis',
        'a "counted" basis is only for a figure\'s value (table figures, field value)',
      );
    if (p.basis === 'counted' && !p.reason_en)
      report(
        'provenance',
        p,
        'reason_en',
        'a "counted" basis needs the reason (whom or what the count lists), in reason_en and reason_zh',
      );
    if (p.source && p.page !== '' && p.quote) {
      const s = sources.get(p.source);
      if (!s) {
        if (knownIds?.sources !== null && !knownIds?.sources?.has(p.source))
          report('provenance', p, 'source', `unknown source "${p.source}"; expected an id from sources.csv`);
      } else if (p.page < s.first_page || p.page > s.last_page)
        report(
          'provenance',
          p,
          'page',
          `page ${p.page} is outside source "${p.source}" (pages ${s.first_page}-${s.last_page})`,
        );
      else if (!onPage(p.source, p.page, p.quote))
        report(
          'provenance',
          p,
          'quote',
          `quote "${p.quote}" is not on page ${p.page} of "${p.source}"; copy it verbatim`,
        );
    }
  }
  for (const f of data.figures) {
    const fields = [
      ...DATED_FIGURE_FIELDS,
      ...(f.period_type === 'since-launch' ? ['period_type' as const] : []),
    ];
    for (const field of fields) {
      if (f[field] && !seen.has(`figures|${f.id}|${field}`))
        report(
          'figures',
          f,
          field,
          `${field} ${f[field]} has no provenance; add a row to provenance.csv (figures,${f.id},${field},…) with the page and the quote that dates it (以来, 截至, a month), or its basis and reason`,
        );
    }
  }
  for (const c of data.campaigns) {
    for (const field of SOURCED_CAMPAIGN_FIELDS) {
      if (c[field] && !seen.has(`campaigns|${c.id}|${field}`))
        report(
          'campaigns',
          c,
          field,
          `${field} ${c[field]} has no provenance; add a row to provenance.csv (campaigns,${c.id},${field},…) with its page and quote, or its basis and reason`,
        );
    }
  }
}

/** Sizes past what a reader can use: more bars than a comparison can show, more figures than a place page can list. */
const SIZE_LIMITS = { barsPerComparison: 25, figuresPerPlace: 60 } as const;

/** Warnings (never errors) about tables that grow past SIZE_LIMITS. */
export function checkSizes(data: Dataset, label = 'data'): DataIssue[] {
  const warnings: DataIssue[] = [];
  const file = `${label}/${TABLES.figures.file}`;
  const groups = (key: (f: Dataset['figures'][number]) => string) => {
    const map = new Map<string, Dataset['figures']>();
    for (const f of data.figures) map.set(key(f), [...(map.get(key(f)) ?? []), f]);
    return map;
  };
  for (const [place, figures] of groups((f) => f.place)) {
    if (figures.length > SIZE_LIMITS.figuresPerPlace)
      warnings.push({
        file,
        line: figures[0]!.line,
        message: `place "${place}" has ${figures.length} figures, more than the ${SIZE_LIMITS.figuresPerPlace} a reader can scan on one page; consider splitting it by campaign`,
      });
  }
  for (const [metric, figures] of groups((f) => f.metric)) {
    const places = new Set(figures.map((f) => f.place)).size;
    if (places > SIZE_LIMITS.barsPerComparison)
      warnings.push({
        file,
        line: figures[0]!.line,
        message: `metric "${metric}" has figures for ${places} places, more than the ${SIZE_LIMITS.barsPerComparison} bars a comparison can show legibly`,
      });
  }
  return warnings;
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
