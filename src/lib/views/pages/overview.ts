import type { TileMapSpec } from '../../charts/types.ts';
import type { Query } from '../../data/query.ts';
import { nameOf, type Locale } from '../../i18n/locale.ts';
import { formatValue } from '../../i18n/numbers.ts';
import { periodKey, periodLabel } from '../../i18n/period.ts';
import { words } from '../../i18n/words.ts';
import { unitFor, unitName } from '../../i18n/units.ts';
import { campaignLink, type Link } from '../links.ts';
import { placeHasPage } from '../place-pages.ts';
import { chooseForms, latestPerReporter } from '../blocks/choose-forms.ts';
import { formBlocks, type Block } from '../blocks/make-blocks.ts';
import { assertOneChart } from '../blocks/one-chart.ts';
import { chartKey } from '../blocks/keys.ts';
import { pageOembedPath } from '../blocks/chart-files.ts';
import { cappedLinks } from '../cap.ts';
import * as urls from '../../urls.ts';

/** Metrics whose province-level figures make the headline cards (the biggest seizure of records is added). */
const HEADLINE_METRICS = ['suspects_arrested', 'people_caught'];
const TOPICS = ['two-cards', 'personal-information'] as const;

/** The sentence under a page title: how many figures, places and pages the site holds. */
export function coverageLine(q: Query, locale: Locale): string {
  const source = q.data.sources[0]!;
  const t = words(locale).site;
  return t.coverage(
    q.data.figures.length,
    q.placesWithData().length,
    t.page(source.first_page, source.last_page),
  );
}

/** Most headline stats and most metric maps the overview shows, whatever the data size. */
const MAX_HEADLINE = 8;
const MAX_MAPS = 6;
const OVERVIEW = { kind: 'overview', entity: 'index' } as const;

/** The headline figures as stat blocks, and per metric with two or more provinces its ranked comparison. */
function overviewForms(q: Query, locale: Locale) {
  const provinceFigures = q.data.figures.filter((f) => q.levelOf(f) === 'province' && !f.part_of);
  const headline = [
    ...provinceFigures.filter((f) => HEADLINE_METRICS.includes(f.metric)).slice(0, MAX_HEADLINE - 1),
    ...q.data.figures
      .filter((f) => f.metric === 'records_seized')
      .sort((a, b) => b.value - a.value)
      .slice(0, 1),
  ];
  // One map per metric and topic (one-chart.ts: a map compares one metric at one level and of one
  // topic), those with the most provinces first, in the data's order at equal counts.
  const mapMetrics = q
    .metricsWithData()
    .flatMap((metric) => {
      const byTopic = Map.groupBy(
        provinceFigures.filter((f) => f.metric === metric.id),
        (f) => q.topicOf(f),
      );
      // Named by its metric, and by its topic too when the metric has maps of both.
      return [...byTopic].map(([topic, figures]) => ({
        id: byTopic.size > 1 ? `${metric.id}-${topic}` : metric.id,
        metric,
        figures,
      }));
    })
    .filter(({ figures }) => new Set(figures.map((f) => f.place)).size >= 2)
    .sort((a, b) => b.figures.length - a.figures.length)
    .slice(0, MAX_MAPS);
  const stats = formBlocks(
    q,
    headline.map((figure) => ({ kind: 'stat', figure }) as const),
    locale,
    OVERVIEW,
    'head',
  );
  // Each map's ranked chart beside it, made in one list so that ids of two topics stay apart.
  const rankedForms = mapMetrics.map(
    ({ figures }) => chooseForms(figures, q).filter((f) => f.kind === 'ranked')[0],
  );
  const blocks = formBlocks(
    q,
    rankedForms.flatMap((f) => f ?? []),
    locale,
    OVERVIEW,
    'map',
  );
  const ranked = new Map<string, Block>();
  let next = 0;
  mapMetrics.forEach(({ id }, i) => {
    if (rankedForms[i]) ranked.set(id, blocks[next++]!);
  });
  return { mapMetrics, headline, stats, ranked };
}

/** Every chart and stat of the overview, for publishing their files. */
export function overviewBlocks(q: Query, locale: Locale): Block[] {
  const { stats, ranked } = overviewForms(q, locale);
  return [...stats, ...ranked.values()];
}

/** The overview: headline cards, one tile map per metric with two or more provinces, the campaigns by topic. */
export function overviewPage(q: Query, locale: Locale) {
  const t = words(locale).site;
  const hasPage = placeHasPage(q);
  const { mapMetrics, headline, stats, ranked } = overviewForms(q, locale);
  // Each stat block says where its figure is from: the place and campaign above it.
  const cards = headline.map((f, i) => ({
    stat: stats[i]!,
    place: { href: urls.place(locale, f.place), name: nameOf(q.place(f.place), locale) } as Link,
    campaign: nameOf(q.campaign(f.campaign), locale),
  }));
  const provinces = q.data.places.filter((p) => p.level === 'province');
  const maps = mapMetrics.map(({ id, metric: m, figures: all }) => {
    // One tile per province: its latest figure, as in the ranked chart beside the map.
    const latest = latestPerReporter(all);
    assertOneChart('compared', latest, q);
    const drawn = provinces.map((p) => ({ p, f: latest.find((f) => f.place === p.id) }));
    const figures = drawn.flatMap(({ f }) => f ?? []);
    return {
      id,
      metric: m.id,
      /** The figures its tiles show. */
      figureIds: figures.map((f) => f.id),
      name: nameOf(m, locale),
      spec: {
        form: 'tile-map',
        words: words(locale).chart,
        title: `${nameOf(m, locale)}${t.aside(unitName(m.unit, locale))}`,
        legendLabel: unitName(m.unit, locale),
        tiles: drawn.map(({ p, f }) => {
          const href = hasPage(p.id) ? urls.place(locale, p.id) : undefined;
          return f
            ? {
                id: p.id,
                name: nameOf(p, locale),
                value: f.value,
                qualifier: f.qualifier,
                label: formatValue(f.value, f.qualifier, locale, f.quote),
                unit: unitFor(m.unit, f.value, locale),
                href,
              }
            : { id: p.id, name: nameOf(p, locale), href };
        }),
      } satisfies TileMapSpec,
      // Each province's period, and a plain word when they differ.
      caption: `${figures.map((f) => t.labelled(nameOf(q.place(f.place), locale), periodLabel(f, locale))).join(t.listSeparator)}${t.sentenceEnd}${t.map.note}${new Set(figures.map(periodKey)).size > 1 ? ` ${t.map.periodsDiffer}` : ''} `,
      href: urls.metric(locale, m.id),
      ranked: ranked.get(id),
      key: chartKey('overview', 'map', id),
      shareHref: urls.share(locale, chartKey('overview', 'map', id)),
      shareLabel: words(locale).forms.form.share,
    };
  });
  const topics = TOPICS.map((topic) => ({
    heading: t.topics[topic],
    links: cappedLinks(
      q.data.campaigns
        .filter((c) => c.topic === topic)
        .map((c) => {
          const link = campaignLink(c, locale);
          return c.place ? { ...link, meta: `${link.meta} · ${nameOf(q.place(c.place), locale)}` } : link;
        }),
      locale,
      'campaigns',
    ),
  }));
  const oembed = pageOembedPath(q, locale, maps);
  return { lead: `${t.siteTagline}${t.sentenceEnd}${coverageLine(q, locale)}`, cards, maps, topics, oembed };
}
