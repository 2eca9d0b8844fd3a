import type { Figure } from '../../data/dataset.ts';
import { perDataset } from '../../data/memo.ts';
import type { Query } from '../../data/query.ts';
import { LEVEL_RANK, type Level, type Topic } from '../../data/schema.ts';
import type { Locale } from '../../i18n/locale.ts';
import { byValue, chooseForms, latestPerReporter, ranked, type ChartForm } from './choose-forms.ts';
import { groupFigures, groupKey, type FigureGroup } from './group-figures.ts';
import { formBlocks, type Block, type BlockPage, type ChartPageKind } from './make-blocks.ts';
import { overviewBlocks } from '../pages/overview.ts';
import { placePageIds } from '../place-pages.ts';
import { cap, MAX_CONTEXT, MAX_PAGE_BLOCKS, MAX_SECTIONS } from '../cap.ts';

export { type ChartPageKind } from './make-blocks.ts';

/** A section of a page: one group of figures (one place, campaign and period) and the blocks that show them. */
export interface ChartGroup {
  group: FigureGroup;
  idPrefix: string;
  blocks: Block[];
}

/** Each group with the blocks of the forms chosen from its own figures. */
function chartGroups(q: Query, groups: FigureGroup[], locale: Locale, page: BlockPage, prefix: string) {
  return cap(groups, MAX_SECTIONS).shown.map((group, i): ChartGroup => {
    const idPrefix = `${prefix}-${i + 1}`;
    const forms = chooseForms(group.figures, q);
    return { group, idPrefix, blocks: formBlocks(q, forms, locale, page, idPrefix) };
  });
}

/** The figure a form other than a ranked chart is about first: a stat's, a whole's, or a chart's first bar. */
const firstFigure = (form: Exclude<ChartForm, { kind: 'ranked' }>): Figure =>
  form.kind === 'stat' ? form.figure : form.kind === 'part-whole' ? form.whole : form.figures[0]!;

const levelRank = (q: Query, form: ChartForm) =>
  LEVEL_RANK[form.kind === 'ranked' ? form.level : q.levelOf(firstFigure(form))];

/** Forms of higher levels first (provinces, then prefectures, then counties), otherwise in order. */
const formsByLevel = (q: Query, forms: ChartForm[]) =>
  [...forms].sort((a, b) => levelRank(q, a) - levelRank(q, b));

/** Blocks of higher levels first (provinces, then prefectures, then counties), otherwise in order. */
const byLevel = (q: Query, blocks: Block[]) =>
  [...blocks].sort((a, b) => LEVEL_RANK[q.levelOf(a.figures[0]!)] - LEVEL_RANK[q.levelOf(b.figures[0]!)]);

/**
 * The figures a ranked chart of one metric at one level and of one topic draws (one-chart.ts), worked
 * out once per dataset and sorted largest first (so ranking them again for a place costs one pass):
 * every place page of that level asks, and so does each of its charts' files.
 */
const rankable = perDataset((q: Query, metric: string, level: Level, topic: Topic): Figure[] =>
  byValue(
    latestPerReporter(
      q.figuresOfMetric(metric).filter((f) => !f.part_of && q.levelOf(f) === level && q.topicOf(f) === topic),
    ),
  ),
);

/** For each metric and topic a place has at its level (the first MAX_CONTEXT), the ranked comparison with the other places, this place highlighted. */
function placeContext(q: Query, placeId: string, locale: Locale): Block[] {
  const level = q.place(placeId).level;
  const kinds = new Map(
    q
      .figuresOfPlace(placeId)
      .filter((f) => !f.part_of)
      .map((f) => [`${f.metric}|${q.topicOf(f)}`, { metric: f.metric, topic: q.topicOf(f) }]),
  );
  // What chooseForms would rank for the metric at this level and topic (the latest figure of each
  // reporter), drawn only when there is something to compare and this place is in it.
  const forms = [...kinds.values()].flatMap(({ metric, topic }) => {
    const figures = rankable(q, metric, level, topic);
    return figures.length > 1 && figures.some((f) => f.place === placeId)
      ? [ranked(figures, q, { highlight: placeId })]
      : [];
  });
  return formBlocks(q, cap(forms, MAX_CONTEXT).shown, locale, { kind: 'places', entity: placeId }, 'ctx');
}

/** Sections, level by level, while their blocks fit in `max`; a section that does not fit is left out, and counted. */
function withinBlocks(levels: ChartGroup[][], max: number) {
  let used = 0;
  let more = 0;
  const shown = levels.map((sections) =>
    sections.filter((section) => {
      const fits = used + section.blocks.length <= max;
      if (fits) used += section.blocks.length;
      else more += 1;
      return fits;
    }),
  );
  return { shown, more };
}

/** A place page's sections: its own figures, then those of the prefectures and counties below it, never merged. */
export function placeChartGroups(q: Query, placeId: string, locale: Locale) {
  const place = q.place(placeId);
  const page: BlockPage = { kind: 'places', entity: placeId };
  const sections =
    place.level === 'province'
      ? q.provinceSections(placeId)
      : { own: q.figuresOfPlace(placeId), prefectures: [], counties: [] };
  const below = (entries: { figures: Figure[] }[]) =>
    groupFigures(
      q,
      entries.flatMap((e) => e.figures),
    );
  const levels = [groupFigures(q, sections.own), below(sections.prefectures), below(sections.counties)];
  const prefixes = ['own', 'pref', 'county'];
  const blocks = withinBlocks(
    levels.map((groups, i) => chartGroups(q, groups, locale, page, prefixes[i]!)),
    MAX_PAGE_BLOCKS,
  );
  const [own, prefectures, counties] = blocks.shown as [ChartGroup[], ChartGroup[], ChartGroup[]];
  return {
    context: placeContext(q, placeId, locale),
    own,
    prefectures,
    counties,
    /** Sections left out by the caps (their figures are in the page's CSV). */
    more: blocks.more + levels.reduce((n, g) => n + cap(g, MAX_SECTIONS).more, 0),
  };
}

/**
 * A campaign page's charts: one ranked chart per metric and level across its places (and its operations
 * and cases), then each place's other figures in its own section, higher levels first.
 */
export function campaignChartGroups(q: Query, campaignId: string, locale: Locale) {
  const page: BlockPage = { kind: 'campaigns', entity: campaignId };
  const figures = q.figuresOfCampaign(campaignId, { nested: true });
  const forms = chooseForms(figures, q);
  const groups = groupFigures(q, figures).sort(
    (a, b) => LEVEL_RANK[a.place.level] - LEVEL_RANK[b.place.level],
  );
  // Every other form belongs to the section of its first figure (one place, campaign and period).
  const rest = new Map<string, ChartForm[]>();
  for (const form of forms) {
    if (form.kind === 'ranked') continue;
    const key = groupKey(firstFigure(form));
    const list = rest.get(key);
    if (list) list.push(form);
    else rest.set(key, [form]);
  }
  const ranked = cap(
    forms.filter((f) => f.kind === 'ranked'),
    MAX_SECTIONS,
  );
  return {
    compared: byLevel(q, formBlocks(q, ranked.shown, locale, page, 'cmp')),
    /** Charts and sections left out by the caps (their figures are in the page's CSV). */
    more: ranked.more + cap(groups, MAX_SECTIONS).more,
    groups: cap(groups, MAX_SECTIONS).shown.map((group, i): ChartGroup => {
      const idPrefix = `g-${i + 1}`;
      const own = rest.get(groupKey(group.figures[0]!)) ?? [];
      return { group, idPrefix, blocks: formBlocks(q, own, locale, page, idPrefix) };
    }),
  };
}

/**
 * A metric page's blocks: one ranked chart per level and topic (never a province beside a county, nor a
 * card-trade figure beside a personal-information one), then its other
 * charts, then the rest as stats; the other charts and the stats capped like a page's sections.
 */
export function metricCharts(q: Query, metricId: string, locale: Locale) {
  const figures = q.figuresOfMetric(metricId);
  const forms = formsByLevel(q, chooseForms(figures, q));
  const ranked = forms.filter((f) => f.kind === 'ranked');
  const charts = cap(
    forms.filter((f) => f.kind !== 'ranked' && f.kind !== 'stat'),
    MAX_SECTIONS,
  );
  const stats = cap(
    forms.filter((f) => f.kind === 'stat'),
    MAX_SECTIONS,
  );
  const blocks = byLevel(
    q,
    formBlocks(
      q,
      [...ranked, ...charts.shown, ...stats.shown],
      locale,
      { kind: 'metrics', entity: metricId },
      'all',
    ),
  );
  return {
    figures,
    compared: blocks.filter((b) => b.kind === 'chart'),
    apart: blocks.filter((b) => b.kind === 'stat'),
    /** Charts and stats left out by the caps (their figures are in the page's CSV). */
    more: charts.more + stats.more,
  };
}

/** Every page that draws charts. */
export function chartPages(q: Query): BlockPage[] {
  return [
    ...placePageIds(q).map((entity) => ({ kind: 'places' as const, entity })),
    ...q.data.campaigns.map((c) => ({ kind: 'campaigns' as const, entity: c.id })),
    ...q.metricsWithData().map((m) => ({ kind: 'metrics' as const, entity: m.id })),
    { kind: 'overview', entity: 'index' },
  ];
}

/** The blocks one page draws, in page order. */
export function pageBlocks(q: Query, { kind, entity }: BlockPage, locale: Locale): Block[] {
  if (kind === 'places') {
    const s = placeChartGroups(q, entity, locale);
    return [...s.context, ...[...s.own, ...s.prefectures, ...s.counties].flatMap((g) => g.blocks)];
  }
  if (kind === 'campaigns') {
    const s = campaignChartGroups(q, entity, locale);
    return [...s.compared, ...s.groups.flatMap((g) => g.blocks)];
  }
  if (kind === 'metrics') {
    const { compared, apart } = metricCharts(q, entity, locale);
    return [...compared, ...apart];
  }
  return overviewBlocks(q, locale);
}

/** Every block of every page in a locale, for publishing their CSVs, embeds and images. */
export function allPageBlocks(
  q: Query,
  locale: Locale,
): { kind: ChartPageKind; entity: string; block: Block }[] {
  return chartPages(q).flatMap((page) =>
    pageBlocks(q, page, locale).map((block) => ({ kind: page.kind, entity: page.entity, block })),
  );
}

/** Every figure a page is about, for its "all figures" CSV. */
export function pageFigures(q: Query, kind: ChartPageKind, entity: string): Figure[] {
  if (kind === 'campaigns') return q.figuresOfCampaign(entity, { nested: true });
  if (kind === 'metrics') return q.figuresOfMetric(entity);
  if (kind === 'places') {
    const place = q.place(entity);
    if (place.level !== 'province') return q.figuresOfPlace(entity);
    const s = q.provinceSections(entity);
    return [...s.own, ...[...s.prefectures, ...s.counties].flatMap((e) => e.figures)];
  }
  return [];
}
