import type { ChartSpec } from '../charts/types.ts';
import type { Query } from '../data/query.ts';
import { LEVEL_RANK } from '../data/schema.ts';
import { localePath, type Locale } from '../i18n/locale.ts';
import { groupCharts, seriesChart } from './chart-specs.ts';
import { groupFigures, type FigureGroup } from './figure-groups.ts';
import { placePageIds } from './place-pages.ts';

/** A section of a page: one group of figures and its charts. */
export interface ChartGroup {
  group: FigureGroup;
  idPrefix: string;
  specs: ChartSpec[];
}

export type ChartPageKind = 'places' | 'campaigns' | 'metrics';

function chartGroups(q: Query, groups: FigureGroup[], locale: Locale, prefix: string): ChartGroup[] {
  return groups.map((group, i) => {
    const idPrefix = `${prefix}-${i + 1}`;
    return { group, idPrefix, specs: groupCharts(q, group, locale, idPrefix) };
  });
}

/** A place page's sections: its own figures, then those of the prefectures and counties below it, never merged. */
export function placeChartGroups(q: Query, placeId: string, locale: Locale) {
  const place = q.place(placeId);
  const sections =
    place.level === 'province'
      ? q.provinceSections(placeId)
      : { own: q.figuresOfPlace(placeId), prefectures: [], counties: [] };
  const below = (entries: { figures: typeof sections.own }[]) =>
    groupFigures(
      q,
      entries.flatMap((e) => e.figures),
    );
  return {
    own: chartGroups(q, groupFigures(q, sections.own), locale, 'own'),
    prefectures: chartGroups(q, below(sections.prefectures), locale, 'pref'),
    counties: chartGroups(q, below(sections.counties), locale, 'county'),
  };
}

/** A campaign page's sections: each place's figures under it (and its operations and cases), higher levels first. */
export function campaignChartGroups(q: Query, campaignId: string, locale: Locale): ChartGroup[] {
  const groups = groupFigures(q, q.figuresOfCampaign(campaignId, { nested: true })).sort(
    (a, b) => LEVEL_RANK[a.place.level] - LEVEL_RANK[b.place.level],
  );
  return chartGroups(q, groups, locale, 'g');
}

/** A metric page's charts: comparable series side by side, the rest one by one. */
export function metricCharts(q: Query, metricId: string, locale: Locale) {
  const series = q.comparableSeries(metricId);
  return {
    series,
    compared: series
      .filter((s) => s.figures.length > 1)
      .map((s, i) => seriesChart(q, s, locale, `series-${i + 1}`)),
    apart: series
      .filter((s) => s.figures.length === 1)
      .map((s, i) => seriesChart(q, s, locale, `apart-${i + 1}`)),
  };
}

/** Where a chart's standalone SVG (title, period and source drawn in) is published. */
export function chartSvgHref(locale: Locale, kind: ChartPageKind, entity: string, chartId: string): string {
  return localePath(locale, `/charts/${kind}/${entity}/${chartId}.svg`);
}

/** Every chart of every page in a locale, for publishing their standalone SVGs. */
export function allPageCharts(
  q: Query,
  locale: Locale,
): { kind: ChartPageKind; entity: string; spec: ChartSpec }[] {
  const out: { kind: ChartPageKind; entity: string; spec: ChartSpec }[] = [];
  for (const id of placePageIds(q)) {
    const s = placeChartGroups(q, id, locale);
    for (const g of [...s.own, ...s.prefectures, ...s.counties])
      for (const spec of g.specs) out.push({ kind: 'places', entity: id, spec });
  }
  for (const c of q.data.campaigns) {
    for (const g of campaignChartGroups(q, c.id, locale))
      for (const spec of g.specs) out.push({ kind: 'campaigns', entity: c.id, spec });
  }
  for (const m of q.metricsWithData()) {
    const { compared, apart } = metricCharts(q, m.id, locale);
    for (const spec of [...compared, ...apart]) out.push({ kind: 'metrics', entity: m.id, spec });
  }
  return out;
}
