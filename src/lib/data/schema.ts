import { z } from 'zod';

/** The allowed values of each enumerated column, with the words used in error messages. */
export const LEVELS = ['province', 'prefecture', 'county'] as const;
const PLACE_TYPES = [
  'province',
  'municipality',
  'autonomous-region',
  'sar',
  'prefecture-city',
  'county',
  'county-city',
] as const;
export const CAMPAIGN_KINDS = ['campaign', 'operation', 'case'] as const;
export const TOPICS = ['two-cards', 'personal-information'] as const;
const AGENCY_KINDS = ['police', 'operator'] as const;
/** How the text states a value: every digit; 余/多 (more than); 近/约 (nearly); or in round form with no such word (4.9万). */
export const QUALIFIERS = ['exact', 'at_least', 'approximately', 'rounded'] as const;
/** A running total (from period_start or from no stated start), a running total since the campaign began (行动开展以来), or one operation's result. */
export const PERIOD_TYPES = ['cumulative', 'since-launch', 'operation'] as const;
export const UNITS = [
  'people',
  'officers',
  'cases',
  'gangs',
  'groups',
  'dens',
  'companies',
  'sources',
  'chains',
  'tools',
  'cards',
  'sets',
  'accounts',
  'phones',
  'computers',
  'devices',
  'vehicles',
  'records',
  'leads',
  'numbers',
  'documents',
  'channels',
  'teams',
  'zones',
  'departments',
  'sub-bureaus',
  'provinces',
  'cities',
  'cities-counties',
  'days',
  'months',
  'yuan',
  'yuan-per-set',
] as const;
export const DISCREPANCY_KINDS = [
  'heading-body',
  'place-name',
  'inconsistent-figures',
  'extraction-loss',
  'missing-unit',
  'missing-date',
  'wording',
  'may-overlap',
] as const;
/** Where a fact comes from: the source's text, an inference, background knowledge, a standard, or a count of names the text lists. */
export const BASES = ['source', 'inferred', 'background', 'standard', 'counted'] as const;
/** The largest value a figure may have: 10^12, far above any count in a police report and well inside exact double range. */
const MAX_VALUE = 10n ** 12n;
/** Dates before this year or after the last are typing errors (0000, 9999), not police statistics. */
const YEAR_RANGE = [1949, 2099] as const;

const SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
/** ISO 8601 date at year, month or day precision. */
export const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const id = z
  .string()
  .regex(SLUG, 'is not a valid id; expected a lowercase ASCII slug such as "gansu" or "suspects_arrested"');
const text = z.string().min(1, 'is empty; this cell is required');
const optional = <T extends z.ZodType>(schema: T) => z.union([z.literal(''), schema]);
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (issue) => `${JSON.stringify(issue.input)} is not allowed; expected one of: ${values.join(', ')}`,
  });
const integer = z.string().superRefine((value, ctx) => {
  const problem = integerProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
const count = integer.transform(Number);
/** The place value of the last digit a text states: 1 when it gives every digit, 1000 for 4.9万, 10000 for 120万. */
const precision = integer.transform(Number).refine((n) => n >= 1 && /^10*$/.test(String(n)), {
  message: 'is not a power of ten; expected 1 when the text gives every digit, or e.g. 1000 for 4.9万',
});
const date = z.string().superRefine((value, ctx) => {
  if (!isValidPartialDate(value))
    ctx.addIssue({
      code: 'custom',
      message: 'is not a valid date; expected YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2020-12-25)',
    });
  else if (Number(value.slice(0, 4)) < YEAR_RANGE[0] || Number(value.slice(0, 4)) > YEAR_RANGE[1])
    ctx.addIssue({
      code: 'custom',
      message: `has the year ${value.slice(0, 4)}, outside ${YEAR_RANGE[0]}-${YEAR_RANGE[1]}; check for a typing error`,
    });
});

/** Why a cell is not a non-negative integer the site can hold exactly, or undefined when it is one. */
function integerProblem(value: string): string | undefined {
  if (/[０-９]/.test(value))
    return 'has full-width digits (０-９); type the number with ASCII digits 0-9 (e.g. 2289)';
  if (/^\d+(?:\.\d+)?[eE][+-]?\d+$/.test(value))
    return 'is in exponent form; write the number out in full digits (e.g. 15000000)';
  if (!/^(0|[1-9]\d*)$/.test(value))
    return 'is not a number; expected a non-negative integer in base units, with no separators, units or qualifiers (e.g. 15000000)';
  if (BigInt(value) > MAX_VALUE)
    return `is larger than the maximum ${MAX_VALUE} (10^12); no figure comes near it, so check for a typing error`;
  return undefined;
}
const gbCode = z.string().regex(/^\d{6}$/, 'is not a GB/T 2260 code; expected six digits (e.g. 620000)');

/** True for a real calendar date written as YYYY, YYYY-MM or YYYY-MM-DD. */
function isValidPartialDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return false;
  if (d !== undefined) {
    const days = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    if (Number(d) < 1 || Number(d) > days) return false;
  }
  return true;
}

const sourceRow = z.object({
  id,
  title_zh: text,
  title_en: text,
  // Empty while the publication is not identified (citations then say so: i18n/publication.ts).
  publication_zh: z.string(),
  publication_en: z.string(),
  section_zh: z.string(),
  section_en: z.string(),
  year: z.string().regex(/^\d{4}$/, 'is not a year; expected four digits'),
  first_page: count,
  last_page: count,
  file: text,
  note_en: z.string(),
  note_zh: z.string(),
});

const placeRow = z.object({
  id,
  name_zh: text,
  name_en: text,
  level: oneOf(LEVELS),
  type: oneOf(PLACE_TYPES),
  parent: optional(id),
  gbt2260: gbCode,
  note_en: z.string(),
  note_zh: z.string(),
});

const campaignRow = z.object({
  id,
  name_zh: text,
  name_en: text,
  kind: oneOf(CAMPAIGN_KINDS),
  topic: oneOf(TOPICS),
  parent: optional(id),
  place: optional(id),
  start: optional(date),
  end: optional(date),
  page: count,
  note_en: z.string(),
  note_zh: z.string(),
});

const agencyRow = z.object({
  id,
  name_zh: text,
  name_en: text,
  kind: oneOf(AGENCY_KINDS),
  place: id,
  note_en: z.string(),
  note_zh: z.string(),
});

const metricRow = z.object({
  id,
  name_zh: text,
  name_en: text,
  unit: oneOf(UNITS),
  family: optional(id),
  definition_en: text,
  definition_zh: text,
});

const figureRow = z.object({
  id,
  place: id,
  located_in: optional(id),
  agency: id,
  campaign: id,
  metric: id,
  value: count,
  qualifier: oneOf(QUALIFIERS),
  precision,
  period_type: oneOf(PERIOD_TYPES),
  period_start: optional(date),
  period_end: optional(date),
  as_of: optional(date),
  reported: optional(date),
  source: id,
  page: count,
  quote: text,
  part_of: optional(id),
  detail_zh: z.string(),
  detail_en: z.string(),
  note_en: z.string(),
  note_zh: z.string(),
});

const discrepancyRow = z.object({
  id,
  source: id,
  page: count,
  kind: oneOf(DISCREPANCY_KINDS),
  figures: z
    .string()
    .regex(
      /^$|^[a-z0-9_-]+( [a-z0-9_-]+)*$/,
      'is not a list of ids; expected ids separated by single spaces',
    ),
  text_en: text,
  text_zh: text,
});

/** One fact's origin: the row and column it is about, and its basis (see data/README.md). */
const provenanceRow = z.object({
  table: oneOf([
    'sources',
    'places',
    'campaigns',
    'agencies',
    'metrics',
    'figures',
    'discrepancies',
  ] as const),
  id,
  field: text,
  basis: oneOf(BASES),
  source: optional(id),
  page: optional(count),
  quote: z.string(),
  reason_en: z.string(),
  reason_zh: z.string(),
});

/** Read after TABLES (it points into them); kept out of TABLES until the site describes it as a download. */
export const PROVENANCE = { file: 'provenance.csv', row: provenanceRow } as const;

/** Every data file, in the order they are checked, with its row schema; the schema's keys are the header. */
export const TABLES = {
  sources: { file: 'sources.csv', row: sourceRow },
  places: { file: 'places.csv', row: placeRow },
  campaigns: { file: 'campaigns.csv', row: campaignRow },
  agencies: { file: 'agencies.csv', row: agencyRow },
  metrics: { file: 'metrics.csv', row: metricRow },
  figures: { file: 'figures.csv', row: figureRow },
  discrepancies: { file: 'discrepancies.csv', row: discrepancyRow },
} as const;

export type Source = z.infer<typeof sourceRow>;
export type Place = z.infer<typeof placeRow>;
export type Campaign = z.infer<typeof campaignRow>;
export type Agency = z.infer<typeof agencyRow>;
export type Metric = z.infer<typeof metricRow>;
export type FigureRow = z.infer<typeof figureRow>;
export type Discrepancy = z.infer<typeof discrepancyRow>;
export type Provenance = z.infer<typeof provenanceRow>;
export type Basis = (typeof BASES)[number];
export type DiscrepancyKind = (typeof DISCREPANCY_KINDS)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
export type PeriodType = (typeof PERIOD_TYPES)[number];
export type Level = (typeof LEVELS)[number];
export type Topic = (typeof TOPICS)[number];
export type Unit = (typeof UNITS)[number];
export type TableName = keyof typeof TABLES;

/** Levels from the top down: provinces before prefectures before counties. */
export const LEVEL_RANK: Record<Level, number> = { province: 0, prefecture: 1, county: 2 };

/** Why a number in a source text is not a figure (data/coverage-ignore.csv). */
const IGNORE_REASONS = [
  'date',
  'case-name',
  'operation-name',
  'place-name',
  'repeat',
  'article',
  'not-a-statistic',
] as const;

/** A number in a source text that is not a statistic, for the coverage ledger; not published. */
const coverageIgnoreRow = z.object({
  source: id,
  page: count,
  context: text,
  number: text,
  reason: oneOf(IGNORE_REASONS),
  note: z.string(),
});

/** The curators' file of numbers the coverage ledger skips; optional, checked with the tables. */
export const COVERAGE_IGNORE = { file: 'coverage-ignore.csv', row: coverageIgnoreRow } as const;
export type CoverageIgnore = z.infer<typeof coverageIgnoreRow>;

/** The languages a thesaurus term is written in. */
export const TERM_LANGS = ['zh', 'en'] as const;

/**
 * One term of the search thesaurus (data/thesaurus.csv): the words people use for one thing, in
 * either language (断卡, 两卡, card-breaking). Terms of one group are found as each other.
 */
const thesaurusRow = z.object({
  group: id,
  term: text,
  lang: oneOf(TERM_LANGS),
  note: z.string(),
});

/** The curators' file of search synonyms; optional (a synthetic data set has none), checked with the tables. */
export const THESAURUS = { file: 'thesaurus.csv', row: thesaurusRow } as const;
export type ThesaurusTerm = z.infer<typeof thesaurusRow>;
