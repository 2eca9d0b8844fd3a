import { tileMapSvg } from '../charts/tile-map.ts';
import type { Query } from '../data/query.ts';
import { nameOf, type Locale } from '../i18n/locale.ts';
import { formatValue } from '../i18n/numbers.ts';
import { periodLabel } from '../i18n/period.ts';
import { ui } from '../i18n/ui.ts';
import { unitName } from '../i18n/units.ts';
import { campaignLink, metricHref, placeHref, type Link } from './links.ts';
import { placeHasPage } from './place-pages.ts';
import { sharePath } from './embed-page.ts';
import { embedWords } from '../i18n/words/embed.ts';

/** Metrics whose province-level figures make the headline cards (the biggest seizure of records is added). */
const HEADLINE_METRICS = ['suspects_arrested', 'people_caught'];
const TOPICS = ['two-cards', 'personal-information'] as const;

/** The sentence under a page title: how many figures, places and pages the site holds. */
export function coverageLine(q: Query, locale: Locale): string {
  const source = q.data.sources[0]!;
  const t = ui(locale);
  return t.coverage(
    q.data.figures.length,
    q.placesWithData().length,
    t.page(source.first_page, source.last_page),
  );
}

/** The overview: headline cards, one tile map per metric with two or more provinces, the campaigns by topic. */
export function overviewPage(q: Query, locale: Locale) {
  const t = ui(locale);
  const hasPage = placeHasPage(q);
  const provinceFigures = q.data.figures.filter((f) => q.levelOf(f) === 'province' && !f.part_of);
  const headline = [
    ...provinceFigures.filter((f) => HEADLINE_METRICS.includes(f.metric)),
    ...q.data.figures
      .filter((f) => f.metric === 'records_seized')
      .sort((a, b) => b.value - a.value)
      .slice(0, 1),
  ];
  const cards = headline.map((f) => {
    const m = q.metric(f.metric);
    return {
      value: formatValue(f.value, f.qualifier, locale),
      unit: unitName(m.unit, locale),
      metric: nameOf(m, locale),
      place: { href: placeHref(locale, f.place), name: nameOf(q.place(f.place), locale) } as Link,
      campaign: nameOf(q.campaign(f.campaign), locale),
      meta: `${periodLabel(f, locale)} · ${t.page(f.page)}`,
    };
  });
  const provinces = q.data.places.filter((p) => p.level === 'province');
  const maps = q
    .metricsWithData()
    .map((m) => ({ metric: m, figures: provinceFigures.filter((f) => f.metric === m.id) }))
    .filter(({ figures }) => figures.length >= 2)
    .map(({ metric: m, figures }) => ({
      id: m.id,
      name: nameOf(m, locale),
      svg: tileMapSvg({
        words: t.chart,
        title: `${nameOf(m, locale)} (${unitName(m.unit, locale)})`,
        legendLabel: unitName(m.unit, locale),
        tiles: provinces.map((p) => {
          const f = figures.find((x) => x.place === p.id);
          const href = hasPage(p.id) ? placeHref(locale, p.id) : undefined;
          return f
            ? {
                id: p.id,
                name: nameOf(p, locale),
                value: f.value,
                qualifier: f.qualifier,
                label: formatValue(f.value, f.qualifier, locale),
                href,
              }
            : { id: p.id, name: nameOf(p, locale), href };
        }),
      }),
      caption: `${figures.map((f) => `${nameOf(q.place(f.place), locale)}: ${periodLabel(f, locale)}`).join(t.listSeparator)}. ${t.map.note} `,
      href: metricHref(locale, m.id),
      share: { href: sharePath(locale, `overview/map/${m.id}`), label: embedWords(locale).embedLink },
    }));
  const topics = TOPICS.map((topic) => ({
    heading: t.topics[topic],
    links: q.data.campaigns
      .filter((c) => c.topic === topic)
      .map((c) => {
        const link = campaignLink(c, locale);
        return c.place ? { ...link, meta: `${link.meta} · ${nameOf(q.place(c.place), locale)}` } : link;
      }),
  }));
  return { lead: `${t.siteTagline}${t.sentenceEnd}${coverageLine(q, locale)}`, cards, maps, topics };
}
