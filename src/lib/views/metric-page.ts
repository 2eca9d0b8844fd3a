import type { Query } from '../data/query.ts';
import { fieldOf, localePath, nameOf, type Locale } from '../i18n/locale.ts';
import { ui } from '../i18n/ui.ts';
import { unitName } from '../i18n/units.ts';
import { metricHref } from './links.ts';
import { sharePath } from './embed-page.ts';
import { metricCharts } from './page-charts.ts';

/** getStaticPaths params of the metric pages. */
export const metricPageParams = (q: Query) => q.metricsWithData().map((m) => ({ id: m.id }));

/** A metric page: comparable series side by side, the other figures apart, then every figure in a table. */
export function metricPage(q: Query, id: string, locale: Locale) {
  const t = ui(locale);
  const metric = q.metric(id);
  const { series, compared, apart } = metricCharts(q, id, locale);
  const withHref = (specs: typeof compared) =>
    specs.map((spec) => ({
      spec,
      shareHref: sharePath(locale, `metrics/${id}/${spec.id}`),
    }));
  return {
    name: nameOf(metric, locale),
    crumbs: [{ href: localePath(locale, '/metrics/'), name: t.nav.metrics }],
    definition: fieldOf(metric, 'definition', locale),
    unit: `${t.unit}: ${unitName(metric.unit, locale)}`,
    compared: withHref(compared),
    apart: withHref(apart),
    figures: series.flatMap((s) => s.figures),
  };
}

/** The metrics index: one row per metric with figures. */
export function metricsIndex(q: Query, locale: Locale) {
  return q.metricsWithData().map((m) => ({
    href: metricHref(locale, m.id),
    name: nameOf(m, locale),
    unit: unitName(m.unit, locale),
    definition: fieldOf(m, 'definition', locale),
    figures: q.data.figures.filter((f) => f.metric === m.id).length,
  }));
}
