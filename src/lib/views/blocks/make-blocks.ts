import type { FormChartSpec, StatSpec } from '../../charts/types.ts';
import type { Figure } from '../../data/dataset.ts';
import type { Query } from '../../data/query.ts';
import { nameOf, noteOf, type Locale } from '../../i18n/locale.ts';
import { periodLabel } from '../../i18n/period.ts';
import { formatValue } from '../../i18n/numbers.ts';
import { words } from '../../i18n/words.ts';
import { unitFor, unitName } from '../../i18n/units.ts';
import type { ChartForm } from './choose-forms.ts';
import { assertOneForm } from './one-chart.ts';
import { figureLabel, figuresCitation } from './labels.ts';
import * as urls from '../../urls.ts';
import { chartKey, statKey, type ChartPageKind } from './keys.ts';
import { chartCsvHref, chartShareHref } from './chart-files.ts';

export type { ChartPageKind };

/** The page a block is on: its kind and entity name its chart files. */
export interface BlockPage {
  kind: ChartPageKind;
  entity: string;
}

/** One form as a page shows it: a chart with its SVG and CSV files, or a stat block with its CSV. */
export type Block =
  | {
      kind: 'chart';
      id: string;
      /** Its embed key (see keys.ts). */
      key: string;
      spec: FormChartSpec;
      shareHref: string;
      csvHref?: string;
      figures: Figure[];
    }
  | { kind: 'stat'; id: string; key: string; spec: StatSpec; csvHref?: string; figures: Figure[] };

/** The name of a page's CSV of every figure it is about (no block id starts with `all-figures`). */
export const ALL_FIGURES = 'all-figures';

/** A chart of one operation's metrics names them all in its title up to this many. */
const MAX_TITLE_NAMES = 3;

/**
 * A place's name as a bar label, with the reporting agency when it is not the police, or when another bar
 * of the chart is of the same place (Jieyang's sub-bureau beside the city and sub-bureau jointly).
 */
function placeLabel(q: Query, f: Figure, locale: Locale, samePlaceElsewhere = false): string {
  const agency = q.agency(f.agency);
  const named = agency.kind === 'operator' || samePlaceElsewhere;
  return nameOf(q.place(f.place), locale) + (named ? words(locale).site.aside(nameOf(agency, locale)) : '');
}

/** The bar of one figure, `label` as the chart needs it; its tooltip links the figure's own page (to cite it). */
function datum(q: Query, f: Figure, label: string, locale: Locale, period = true) {
  return {
    id: f.id,
    label,
    value: f.value,
    qualifier: f.qualifier,
    period: period ? periodLabel(f, locale) : '',
    page: f.page,
    quote: f.quote,
    note: noteOf(f, locale) || undefined,
    href: urls.figure(locale, f.id),
    unitLabel: unitName(q.unitOf(f), locale),
    shown: `${formatValue(f.value, f.qualifier, locale, f.quote)} ${unitFor(q.unitOf(f), f.value, locale)}`,
  };
}

/** Place (with the reporting operator), campaign and period of one operation's figures: the subtitle of its charts. */
function operationLine(q: Query, f: Figure, locale: Locale): string {
  return [placeLabel(q, f, locale), nameOf(q.campaign(f.campaign), locale), periodLabel(f, locale)].join(
    ' · ',
  );
}

function chartSpec(q: Query, form: Exclude<ChartForm, { kind: 'stat' }>, locale: Locale, id: string) {
  const t = words(locale).site;
  const w = words(locale).forms;
  const base = { id, locale, words: words(locale).chart, formWords: w.form, notes: [] as string[], more: 0 };
  if (form.kind === 'ranked') {
    const figures = form.bars.map((b) => b.figure);
    const metric = q.metric(form.metric);
    return {
      figures,
      spec: {
        ...base,
        form: 'ranked',
        title: nameOf(metric, locale),
        subtitle: `${t.levels[form.level]} · ${form.periodsDiffer ? w.periodsDiffer : periodLabel(figures[0]!, locale)}`,
        unitLabel: unitName(metric.unit, locale),
        source: figuresCitation(q, figures, locale),
        categoryLabel: t.columns.place,
        more: form.more,
        data: form.bars.map((b) => ({
          ...datum(
            q,
            b.figure,
            placeLabel(q, b.figure, locale, figures.filter((f) => f.place === b.figure.place).length > 1),
            locale,
          ),
          highlight: b.highlight,
          periodDiffers: b.periodDiffers,
        })),
      } satisfies FormChartSpec,
    };
  }
  const figures = form.kind === 'part-whole' ? [form.whole, ...form.parts] : form.figures;
  const first = figures[0]!;
  const label = (f: Figure) => figureLabel(q, f, locale);
  const metrics = [...new Set(figures.map(label))];
  return {
    figures,
    spec: {
      ...base,
      form: form.kind === 'part-whole' ? 'part-whole' : 'ranked',
      // A part-whole is titled by its whole; bars of up to three metrics by all their names, more by
      // the first two and how many others (never by the first alone, as if it were the only one).
      title:
        form.kind === 'part-whole'
          ? label(first)
          : metrics.length > MAX_TITLE_NAMES
            ? t.andMore(t.nameList(metrics.slice(0, 2)), metrics.length - 2, metrics.length)
            : t.nameList(metrics),
      subtitle: operationLine(q, first, locale),
      unitLabel: unitName(q.unitOf(first), locale),
      source: figuresCitation(q, figures, locale),
      notes: form.kind === 'part-whole' ? [t.partsNote] : [],
      categoryLabel: t.columns.metric,
      more: form.kind === 'metric-bars' ? form.more : 0,
      // One operation's bars share the period said in the subtitle.
      data: figures.map((f) => datum(q, f, label(f), locale, false)),
    } satisfies FormChartSpec,
  };
}

/**
 * A chart's id on its page, stable across languages and builds. A ranked chart is named by its metric
 * and level, and by its topic too when the same list holds that metric and level for both topics.
 */
function formId(form: ChartForm, prefix: string, bothTopics: Set<string>): string {
  if (form.kind === 'ranked') {
    const id = `${prefix}-${form.metric}-${form.level}`;
    return bothTopics.has(id) ? `${id}-${form.topic}` : id;
  }
  if (form.kind === 'part-whole') return `${prefix}-of-${form.whole.id}`;
  if (form.kind === 'metric-bars') return `${prefix}-bars-${form.figures[0]!.id}`;
  return `stat-${form.figure.id}`;
}

/** Ranked ids (metric and level) that two charts of different topics would share in one list of forms. */
function sharedRankedIds(forms: ChartForm[], prefix: string): Set<string> {
  const topics = new Map<string, Set<string>>();
  for (const form of forms)
    if (form.kind === 'ranked') {
      const id = `${prefix}-${form.metric}-${form.level}`;
      topics.set(id, (topics.get(id) ?? new Set()).add(form.topic));
    }
  return new Set([...topics].filter(([, t]) => t.size > 1).map(([id]) => id));
}

/**
 * The forms chosen for a section as the blocks a page shows. Every chart of the site passes here (pages,
 * and through the registry their embeds, images and briefing sheets): a form whose figures break the
 * rule of what may share a chart (one-chart.ts) is refused, and the build stops naming its figures.
 */
export function formBlocks(
  q: Query,
  forms: ChartForm[],
  locale: Locale,
  page: BlockPage,
  prefix: string,
): Block[] {
  const bothTopics = sharedRankedIds(forms, prefix);
  return forms.map((form): Block => {
    assertOneForm(form, q);
    const id = formId(form, prefix, bothTopics);
    if (form.kind !== 'stat') {
      const { spec, figures } = chartSpec(q, form, locale, id);
      const key = chartKey(page.kind, page.entity, id);
      return {
        kind: 'chart',
        id,
        key,
        spec,
        figures,
        csvHref: chartCsvHref(q, key),
        shareHref: chartShareHref(q, locale, key),
      };
    }
    const f = form.figure;
    // By its key, so a stat has one CSV whatever page shows it.
    const csvHref = chartCsvHref(q, statKey(f.id));
    return {
      kind: 'stat',
      id,
      key: statKey(f.id),
      csvHref,
      figures: [f],
      spec: {
        form: 'stat',
        words: words(locale).forms.stat,
        id,
        locale,
        value: f.value,
        qualifier: f.qualifier,
        unitLabel: unitFor(q.unitOf(f), f.value, locale),
        label: figureLabel(q, f, locale),
        href: urls.metric(locale, f.metric),
        // Place, case and period, so a stat shown apart (on a metric page, in an embed) says whose it is.
        period: operationLine(q, f, locale),
        page: f.page,
        quote: f.quote,
        note: noteOf(f, locale) || undefined,
        csvHref,
        shareHref: chartShareHref(q, locale, statKey(f.id)),
      },
    };
  });
}
