import type {
  Agency,
  Campaign,
  Discrepancy,
  FigureRow,
  Metric,
  Place,
  Qualifier,
  Source,
  TableName,
} from '../data/schema.ts';
import { DISCREPANCY_KINDS, PROVENANCE, TABLES, type Provenance } from '../data/schema.ts';
import { findNumbers } from '../data/numbers.ts';
import { formatDate, month, within, type Window } from './dates.ts';
import { generatePlaces } from './places.ts';
import { canRound, phrase, valueFor } from './quote.ts';
import { campaignsSpanTheirContents, distinctFigures, namesUsedOnce } from './consistent.ts';
import { createRandom, type Random } from './random.ts';
import { writeCsv } from './csv.ts';

export interface SynthOptions {
  /** How many rows figures.csv gets. */
  figures: number;
  seed: string;
  /** The provincial-level units to start from (the real 34). */
  provinces: Place[];
  /** Every metric; each one gets figures. */
  metrics: Metric[];
}

/** The synthetic data directory: CSV files and source texts by path relative to it. */
export type SynthFiles = Map<string, string>;

/** A campaign with its span and the dates its cumulative totals are reported as of. */
type CampaignNode = Campaign & { window: Window; reportDates: { month: number; text: string }[] };

const FIGURES_PER_PAGE = 25;
const PAGES_PER_SOURCE = 40;
const QUALIFIERS: readonly [Qualifier, number][] = [
  ['exact', 0.7],
  ['at_least', 0.2],
  ['approximately', 0.08],
  ['rounded', 0.02],
];
const OPERATION_WORDS: readonly [string, string, string][] = [
  ['leiting', '雷霆', 'Thunder'],
  ['lieying', '猎鹰', 'Falcon'],
  ['qingyuan', '清源', 'Clear Source'],
  ['duanliu', '断流', 'Cut the Flow'],
  ['lijian', '利剑', 'Sharp Sword'],
  ['jingfeng', '净风', 'Clean Wind'],
  ['liangjian', '亮剑', 'Drawn Sword'],
  ['tiequan', '铁拳', 'Iron Fist'],
];
const PART_DETAILS: readonly [string, string][] = [
  ['本地', 'local'],
  ['外省', 'from other provinces'],
  ['骨干', 'core members'],
  ['涉“两卡”', 'linked to the two cards'],
];
/** How the figures divide between national campaigns, operations and cases. */
const KIND_SHARE: readonly [Campaign['kind'], number][] = [
  ['campaign', 0.2],
  ['operation', 0.35],
  ['case', 0.45],
];
const HEADLINE_METRICS = [
  'suspects_arrested',
  'cases_solved',
  'card_selling_gangs_broken',
  'dens_destroyed',
  'bank_cards_seized',
  'phone_cards_seized',
  'money_involved',
];
const OPERATOR_UNITS = new Set(['numbers', 'channels', 'documents']);

/**
 * A national-scale data set in the project's schema, for measuring the build: every table, every
 * metric, qualifier and period type, parts of wholes, discrepancies, and source texts holding every
 * quote on its page. Deterministic: the same options give the same bytes.
 */
export function synthesize(options: SynthOptions): SynthFiles {
  const random = createRandom(options.seed);
  const places = [...options.provinces, ...generatePlaces(options.provinces, random)];
  const placeById = new Map(places.map((p) => [p.id, p]));
  const below = descendantsByPlace(places);
  const weight = new Map(places.map((p) => [p.id, Math.exp(random.next() * 4)]));
  const pickPlace = (from: Place[]) => random.weighted(from, (p) => weight.get(p.id)!);
  const withChildren = options.provinces.filter((p) => below.get(p.id)!.length);
  const local = places.filter((p) => p.level !== 'province');

  const campaigns = generateCampaigns(
    options.figures,
    random,
    withChildren,
    local,
    below,
    placeById,
    pickPlace,
  );
  const agencies = new Map<string, Agency>();
  const agencyFor = (place: Place, operator: boolean) => {
    const id = `${place.id}-${operator ? 'mobile' : 'psb'}`;
    if (!agencies.has(id)) agencies.set(id, agencyRow(id, place, operator, random));
    return id;
  };

  const figures: FigureRow[] = [];
  const ids = new Map<string, number>();
  const uniqueId = (base: string) => {
    const n = (ids.get(base) ?? 0) + 1;
    ids.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
  const metricOrder = [...options.metrics];
  let nextMetric = 0;
  const headline = options.metrics.filter((m) => HEADLINE_METRICS.includes(m.id));
  const byKind = Map.groupBy(campaigns, (c) => c.kind);
  while (figures.length < options.figures) {
    const kind = random.weighted(KIND_SHARE, ([, share]) => share)[0];
    const campaign = random.pick(byKind.get(kind)!);
    const story = storyOf(campaign, random, placeById, below, withChildren, pickPlace);
    const count = Math.min(random.int(2, 8), options.figures - figures.length);
    const inStory = new Set<string>();
    for (let i = 0; i < count && figures.length < options.figures; i++) {
      // Round-robin first, so that every metric has figures even in a small data set; running
      // totals mostly report the headline metrics, as national bulletins do.
      const pool =
        story.period.period_type === 'cumulative' && random.chance(0.8) ? headline : options.metrics;
      const metric = nextMetric < metricOrder.length ? metricOrder[nextMetric++]! : random.pick(pool);
      if (inStory.has(metric.id)) continue;
      inStory.add(metric.id);
      const drawn = random.weighted(QUALIFIERS, ([, w]) => w)[0];
      const qualifier = drawn === 'rounded' && !canRound(metric.unit) ? 'exact' : drawn;
      const value = valueFor(metric.unit, qualifier, random);
      const lead =
        story.period.period_type === 'cumulative' && random.chance(0.3)
          ? `累计${metric.name_zh}`
          : metric.name_zh;
      const agency = agencyFor(story.place, OPERATOR_UNITS.has(metric.unit) && random.chance(0.5));
      const whole: FigureRow = {
        ...story.period,
        id: uniqueId(`${story.place.id}-${metric.id.replace(/_/g, '-')}`),
        place: story.place.id,
        located_in: random.chance(0.03) ? pickPlace(local).id : '',
        agency,
        campaign: campaign.id,
        metric: metric.id,
        value,
        qualifier,
        precision: 1,
        source: '',
        page: 0,
        quote: phrase(lead, metric.unit, value, qualifier, random),
        part_of: '',
        ...both('detail', random.chance(0.04) ? ['涉案', 'in the case'] : ['', '']),
        ...both(
          'note',
          random.chance(0.05)
            ? ['合成数据：原文两次提到。', 'Synthetic: the text states it twice.']
            : ['', ''],
        ),
      };
      if (whole.located_in === whole.place) whole.located_in = '';
      whole.precision = statedPrecision(whole);
      figures.push(whole);
      if (value >= 10 && figures.length < options.figures && random.chance(0.1)) {
        const part = Math.max(1, Math.floor(value * (0.1 + random.next() * 0.8)));
        const [detailZh, detailEn] = random.pick(PART_DETAILS);
        figures.push({
          ...whole,
          id: uniqueId(`${whole.id}-part`),
          value: part,
          qualifier: 'exact',
          precision: 1,
          quote: phrase(`其中${detailZh}`, metric.unit, part, 'exact', random),
          part_of: whole.id,
          ...both('detail', [detailZh, detailEn]),
          ...both('note', ['', '']),
        });
      }
    }
  }

  distinctFigures(figures);
  campaignsSpanTheirContents(campaigns, figures);
  namesUsedOnce(places, [...agencies.values()], campaigns);
  const sources = paginate(figures, random);
  datePublications(sources, figures, campaigns);
  const firstPage = new Map<string, number>();
  for (const f of figures) if (!firstPage.has(f.campaign)) firstPage.set(f.campaign, f.page);
  const campaignRows: Campaign[] = campaigns.map(({ window: _w, reportDates: _r, ...c }) => ({
    ...c,
    page: firstPage.get(c.id) ?? 1,
  }));
  const discrepancies = generateDiscrepancies(figures, random);

  const files: SynthFiles = new Map();
  const tables: Record<TableName, object[]> = {
    sources,
    places,
    campaigns: campaignRows,
    agencies: [...agencies.values()],
    metrics: options.metrics,
    figures,
    discrepancies,
  };
  for (const [name, rows] of Object.entries(tables) as [TableName, object[]][])
    files.set(`${name}.csv`, writeCsv(TABLES[name], rows));
  files.set(PROVENANCE.file, writeCsv(PROVENANCE, [...provenance(campaignRows), ...figureDates(figures)]));
  files.set('coverage-ignore.csv', coverageIgnore(figures, options.metrics));
  for (const source of sources) files.set(`sources/${source.file}`, sourceText(source, figures, agencies));
  return files;
}

/** A provenance row for every filled parent, start and end of a campaign, as the validator requires. */
function provenance(campaigns: Campaign[]): Provenance[] {
  const rows: Provenance[] = [];
  const reason = {
    parent: ['The text reports it under this campaign.', '原文将其列于该行动之下。'],
    start: ['Synthetic date, generated with the campaign.', '合成日期，随行动生成。'],
    end: ['Synthetic date, generated with the campaign.', '合成日期，随行动生成。'],
  } as const;
  for (const c of campaigns)
    for (const field of ['parent', 'start', 'end'] as const)
      if (c[field])
        rows.push({
          table: 'campaigns',
          id: c.id,
          field,
          basis: 'inferred',
          source: '',
          page: '',
          quote: '',
          reason_en: reason[field][0],
          reason_zh: reason[field][1],
        });
  return rows;
}

/** How the quote states the figure's value, as the validator reads it (4.9万 is stated to 1000). */
function statedPrecision(f: FigureRow): number {
  const read = findNumbers(f.quote).find((n) => n.exact === String(f.value) && n.qualifier === f.qualifier);
  return read?.precision ?? 1;
}

/** A provenance row for every filled date of a figure, as the validator requires. */
function figureDates(figures: FigureRow[]): Provenance[] {
  const fields = ['period_start', 'period_end', 'as_of', 'reported'] as const;
  return figures.flatMap((f) =>
    [...fields, ...(f.period_type === 'since-launch' ? (['period_type'] as const) : [])]
      .filter((field) => f[field])
      .map((field) => ({
        table: 'figures' as const,
        id: f.id,
        field,
        basis: 'inferred' as const,
        source: '',
        page: '' as const,
        quote: '',
        reason_en: 'Synthetic date, generated with the figure.',
        reason_zh: '合成日期，随数据生成。',
      })),
  );
}

/** Ignore entries for numbers inside metric names (提供“四件套”人员), one per page they appear on, so `npm run coverage` passes. */
function coverageIgnore(figures: FigureRow[], metrics: Metric[]): string {
  const named = metrics.flatMap((m) =>
    findNumbers(m.name_zh).map((n) => ({ name: m.name_zh, number: n.text })),
  );
  const rows = new Set<string>();
  for (const f of figures)
    for (const { name, number } of named)
      if (f.quote.includes(name))
        rows.add(`${f.source},${f.page},${name},${number},not-a-statistic,part of a metric's name`);
  return `source,page,context,number,reason,note\n${[...rows].map((r) => `${r}\n`).join('')}`;
}

function descendantsByPlace(places: Place[]): Map<string, Place[]> {
  const byParent = new Map<string, Place[]>(places.map((p) => [p.id, []]));
  for (const p of places) if (p.parent) byParent.get(p.parent)!.push(p);
  const all = new Map<string, Place[]>();
  const collect = (id: string): Place[] => {
    const found = byParent.get(id)!.flatMap((c) => [c, ...collect(c.id)]);
    all.set(id, found);
    return found;
  };
  for (const p of places) if (!p.parent) collect(p.id);
  return all;
}

function generateCampaigns(
  figures: number,
  random: Random,
  provinces: Place[],
  local: Place[],
  below: Map<string, Place[]>,
  placeById: Map<string, Place>,
  pickPlace: (from: Place[]) => Place,
): CampaignNode[] {
  const out: CampaignNode[] = [];
  const used = new Set<string>();
  const unique = (base: string) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
  const node = (
    c: Omit<Campaign, 'start' | 'end' | 'page' | 'note_en' | 'note_zh'>,
    window: Window,
    open = random.chance(0.2),
  ): CampaignNode => {
    const reportDates = [0, 1].map(() => {
      const m = random.int(window.from, window.to);
      // National bulletins date their totals to the day (截至12月25日); others at any precision.
      return { month: m, text: formatDate(m, 'end', random, c.kind === 'campaign' ? 2 : undefined) };
    });
    return {
      ...c,
      id: unique(c.id),
      start: formatDate(window.from, 'start', random),
      end: open ? '' : formatDate(window.to, 'end', random),
      page: 0,
      note_en: '',
      note_zh: '',
      window,
      reportDates,
    };
  };
  for (let year = 2019; year <= 2023; year++) {
    out.push(
      node(
        {
          id: `jingwang-${year}`,
          name_zh: `“净网${year}”专项行动`,
          name_en: `“Clean Internet ${year}” campaign`,
          kind: 'campaign',
          topic: 'personal-information',
          parent: '',
          place: '',
        },
        { from: month(year, 1), to: month(year, 12) },
        false,
      ),
    );
    if (year >= 2020)
      out.push(
        node(
          {
            id: `duanka-${year}`,
            name_zh: `“断卡”行动（${year}年）`,
            name_en: `“Card-breaking” operation (${year})`,
            kind: 'campaign',
            topic: 'two-cards',
            parent: '',
            place: '',
          },
          { from: month(year, 10), to: month(year + 1, 9) },
        ),
      );
  }
  const national = [...out];
  const operations: CampaignNode[] = [];
  for (let i = 0, n = Math.max(8, Math.round(figures / 80)); i < n; i++) {
    const parent = operations.length && random.chance(0.1) ? random.pick(operations) : random.pick(national);
    const place = parent.place
      ? parent.place
      : random.chance(0.7)
        ? random.pick(provinces).id
        : pickBelow(random.pick(provinces), below, pickPlace).id;
    const [slug, zh, en] = random.pick(OPERATION_WORDS);
    const year = Math.floor(parent.window.from / 12);
    const op = node(
      {
        id: `${place}-${slug}-${year}`,
        name_zh: `“${zh}-${year}”专项行动`,
        name_en: `Operation “${en} ${year}”`,
        kind: 'operation',
        topic: parent.topic,
        parent: parent.id,
        place,
      },
      within(parent.window, random),
    );
    // Provinces report an operation's running totals on the national campaign's dates, which makes
    // places comparable across the country (and long series on metric pages).
    const inherited = parent.reportDates.filter((d) => d.month >= op.window.from);
    if (parent.kind === 'campaign' && inherited.length) op.reportDates = inherited;
    operations.push(op);
    out.push(op);
  }
  for (let i = 0, n = Math.max(16, Math.round(figures / 12)); i < n; i++) {
    const roll = random.next();
    const parent = roll < 0.6 ? random.pick(operations) : roll < 0.8 ? random.pick(national) : undefined;
    // A case of a county's operation is that county's own.
    const inside = parent?.place ? [...below.get(parent.place)!] : local;
    const place = inside.length ? pickPlace(inside) : placeById.get(parent!.place)!;
    const window = parent
      ? within(parent.window, random)
      : within({ from: month(2019, 1), to: month(2023, 12) }, random);
    const m = (window.from % 12) + 1;
    const d = random.int(1, 28);
    const named = random.chance(0.5);
    out.push(
      node(
        {
          id: `case-${place.id}-${m}-${d}`,
          name_zh: named ? `“${m}.${d}”专案` : `${place.name_zh}贩卖电话卡团伙案`,
          name_en: named ? `Case “${m}.${d}”` : `${place.name_en} phone-card gang case`,
          kind: 'case',
          topic: parent?.topic ?? random.pick(['two-cards', 'personal-information'] as const),
          parent: parent?.id ?? '',
          place: place.id,
        },
        window,
      ),
    );
  }
  return out;
}

/** Where a group of figures comes from: the reporting place and its period. */
function storyOf(
  campaign: CampaignNode,
  random: Random,
  placeById: Map<string, Place>,
  below: Map<string, Place[]>,
  provinces: Place[],
  pickPlace: (from: Place[]) => Place,
) {
  const w = campaign.window;
  const cumulative = (from: string) => ({
    period_type: 'cumulative' as const,
    period_start: from,
    period_end: '',
    as_of: random.chance(0.9) ? random.pick(campaign.reportDates).text : '',
    reported: '',
  });
  // A running total since the campaign began (行动开展以来), dated as of or by the day it was reported.
  const sinceLaunch = () => {
    const date = random.pick(campaign.reportDates).text;
    const printed = random.chance(0.5);
    return {
      period_type: 'since-launch' as const,
      period_start: '',
      period_end: '',
      as_of: printed ? date : '',
      reported: printed ? '' : date,
    };
  };
  const operation = (span: Window) => ({
    period_type: 'operation' as const,
    period_start: formatDate(span.from, 'start', random),
    period_end: random.chance(0.7) ? formatDate(span.to, 'end', random) : '',
    as_of: '',
    reported: '',
  });
  if (campaign.kind === 'campaign') {
    const province = pickPlace(provinces);
    const place = random.chance(0.7) ? province : pickBelow(province, below, pickPlace);
    const period = random.chance(0.3) ? sinceLaunch() : cumulative(random.chance(0.2) ? campaign.start : '');
    return { place, period };
  }
  const own = placeById.get(campaign.place)!;
  if (campaign.kind === 'case')
    return { place: own, period: random.chance(0.8) ? operation(w) : cumulative('') };
  const inside = below.get(own.id)!;
  const place = inside.length && random.chance(0.5) ? pickPlace(inside) : own;
  return {
    place,
    period: random.chance(0.7)
      ? cumulative(random.chance(0.2) ? campaign.start : '')
      : operation(within(w, random)),
  };
}

/** A prefecture of a province, or for a municipality one of its districts. */
function pickBelow(province: Place, below: Map<string, Place[]>, pickPlace: (from: Place[]) => Place): Place {
  const all = below.get(province.id)!;
  const prefectures = all.filter((p) => p.level === 'prefecture');
  return pickPlace(prefectures.length ? prefectures : all);
}

function agencyRow(id: string, place: Place, operator: boolean, random: Random): Agency {
  const note = random.chance(0.1);
  if (operator)
    return {
      id,
      name_zh: `中国移动${place.name_zh}分公司`,
      name_en: `China Mobile ${place.name_en} branch`,
      kind: 'operator',
      place: place.id,
      note_en: '',
      note_zh: '',
    };
  const department = place.level === 'province' && place.type !== 'municipality';
  return {
    id,
    name_zh: `${place.name_zh}公安${department ? '厅' : '局'}`,
    name_en: `${place.name_en} Public Security ${department ? 'Department' : 'Bureau'}`,
    kind: 'police',
    place: place.id,
    note_en: note ? 'Led by its cyber-security division.' : '',
    note_zh: note ? '由网安部门牵头。' : '',
  };
}

/**
 * A source reports nothing after its year: each one's year is the latest year its figures are
 * dated, and the last one's also covers every campaign date.
 */
function datePublications(sources: Source[], figures: FigureRow[], campaigns: Campaign[]) {
  const yearOf = (...dates: string[]) => Math.max(2019, ...dates.map((d) => Number(d.slice(0, 4)) || 0));
  const latest = new Map<string, number>();
  for (const f of figures)
    latest.set(f.source, Math.max(latest.get(f.source) ?? 0, yearOf(f.period_start, f.period_end, f.as_of)));
  for (const s of sources) s.year = String(latest.get(s.id) ?? 2019);
  const last = sources.at(-1)!;
  last.year = String(Math.max(Number(last.year), ...campaigns.map((c) => yearOf(c.start, c.end))));
}

/** Puts figures on pages in the order they were made, 25 a page and 40 pages a source; returns the sources. */
function paginate(figures: FigureRow[], random: Random): Source[] {
  const perSource = FIGURES_PER_PAGE * PAGES_PER_SOURCE;
  const lastPage = Math.min(PAGES_PER_SOURCE, Math.ceil(figures.length / FIGURES_PER_PAGE));
  const sources: Source[] = [];
  const placed = new Map<string, FigureRow>();
  figures.forEach((f, i) => {
    placed.set(f.id, f);
    const k = Math.floor(i / perSource) + 1;
    if (!sources[k - 1]) {
      const noted = random.chance(0.5);
      sources.push({
        id: `synth-${String(k).padStart(3, '0')}`,
        title_zh: `各地打击治理通报（合成）第${k}辑`,
        title_en: `Regional crackdown bulletin (synthetic), part ${k}`,
        publication_zh: '合成数据',
        publication_en: 'Synthetic data',
        section_zh: '专题报道',
        section_en: 'Topic',
        year: '',
        first_page: 1,
        last_page: lastPage,
        file: `synth-${String(k).padStart(3, '0')}.zh.txt`,
        note_en: noted ? 'Generated by npm run synth; not a real publication.' : '',
        note_zh: noted ? '由 npm run synth 生成，并非真实出版物。' : '',
      });
    }
    // A part (其中) is printed with its whole, even where the whole ends a page or a source.
    const whole = f.part_of ? placed.get(f.part_of) : undefined;
    f.source = whole?.source ?? sources[k - 1]!.id;
    f.page = whole?.page ?? Math.floor((i % perSource) / FIGURES_PER_PAGE) + 1;
  });
  return sources;
}

const DISCREPANCY_TEXT: Record<(typeof DISCREPANCY_KINDS)[number], [string, string]> = {
  'heading-body': [
    'The heading names another place than the body; figures follow the body.',
    '标题与正文所指地方不同；数据按正文归属。',
  ],
  'place-name': ['The text misspells the place name.', '原文地名有误。'],
  'inconsistent-figures': [
    'Two sentences give different numbers for the same count.',
    '同一数字在两处说法不一。',
  ],
  'extraction-loss': ['Characters were lost in extraction.', '提取时丢失了个别字符。'],
  'missing-unit': ['The number has no unit in the text.', '原文数字未写单位。'],
  'missing-date': ['The text gives no date for this count.', '原文未给出日期。'],
  wording: ['The wording is ambiguous.', '原文措辞有歧义。'],
  'may-overlap': [
    'These figures may count the same people; never add them.',
    '这些数据可能有重复计算，不可相加。',
  ],
};

/** One discrepancy every 150 figures or so, cycling through every kind, each naming figures of one page. */
function generateDiscrepancies(figures: FigureRow[], random: Random): Discrepancy[] {
  const out: Discrepancy[] = [];
  const count = Math.max(DISCREPANCY_KINDS.length, Math.round(figures.length / 150));
  for (let i = 0; i < count; i++) {
    const at = Math.floor((i * figures.length) / count);
    const f = figures[at]!;
    const kind = DISCREPANCY_KINDS[i % DISCREPANCY_KINDS.length]!;
    // Figures of a page are contiguous, so the next ones on the same page are its neighbours.
    const samePage = figures.slice(at + 1, at + 3).filter((g) => g.source === f.source && g.page === f.page);
    const named = kind === 'extraction-loss' ? [] : [f, ...samePage.slice(0, random.int(0, 2))];
    const [en, zh] = DISCREPANCY_TEXT[kind];
    out.push({
      id: `${f.id}-${kind}`,
      source: f.source,
      page: f.page,
      kind,
      figures: named.map((g) => g.id).join(' '),
      text_en: en,
      text_zh: zh,
    });
  }
  return out;
}

/** The source text: on each page a running head, then one paragraph per agency and campaign holding its quotes; each page ends with its number. */
function sourceText(source: Source, figures: FigureRow[], agencies: Map<string, Agency>): string {
  const lines: string[] = [];
  const own = figures.filter((f) => f.source === source.id);
  let at = 0;
  for (let page = source.first_page; page <= source.last_page; page++) {
    lines.push(source.title_zh);
    while (at < own.length && own[at]!.page === page) {
      const head = own[at]!;
      const quotes: string[] = [];
      for (
        ;
        at < own.length &&
        own[at]!.page === page &&
        own[at]!.agency === head.agency &&
        own[at]!.campaign === head.campaign;
        at++
      )
        quotes.push(own[at]!.quote);
      lines.push(`${agencies.get(head.agency)!.name_zh}：${quotes.join('，')}。`);
    }
    lines.push(String(page));
  }
  return `${lines.join('\n')}\n`;
}

const both = <K extends string>(key: K, [zh, en]: readonly [string, string]) =>
  ({ [`${key}_zh`]: zh, [`${key}_en`]: en }) as Record<`${K}_zh` | `${K}_en`, string>;
