import { publicationOf } from '../../i18n/publication.ts';
import type { Query } from '../../data/query.ts';
import { fieldOf, nameOf, noteOf, type Locale } from '../../i18n/locale.ts';
import { formatDate, periodLabel } from '../../i18n/period.ts';
import { words } from '../../i18n/words.ts';
import { discrepanciesOf, discrepancyNote } from '../../i18n/overlaps.ts';
import { cappedDiscrepancies, MAX_FIGURE_DISCREPANCIES } from '../cap.ts';
import { listedOnMethodology } from './about-pages.ts';
import { unitName } from '../../i18n/units.ts';
import { citeBox } from '../citation.ts';
import { figureTitle } from '../figure-name.ts';
import type { Link } from '../links.ts';
import { factOrigin, type Fact } from '../provenance.ts';
import * as urls from '../../urls.ts';
import { statOnRequest } from './on-request.ts';

/** getStaticPaths params of the figure pages: one per figure. */
export const figurePageParams = (q: Query) => q.data.figures.map((f) => ({ id: f.id }));

/** One figure's page: the number with everything needed to read it, where it appears, and how to cite it. */
export function figurePage(q: Query, id: string, locale: Locale, siteUrl: string | URL) {
  const t = words(locale).site;
  const w = words(locale).sources.figurePage;
  const f = q.figure(id);
  const metric = q.metric(f.metric);
  const place = q.place(f.place);
  const campaign = q.campaign(f.campaign);
  const source = q.source(f.source);
  const placeName = nameOf(place, locale);
  const metricName = fieldOf(f, 'detail', locale) || nameOf(metric, locale);
  const { title, shown } = figureTitle(q, f.id, locale);
  const whole = f.part_of ? figureTitle(q, f.part_of, locale) : undefined;
  const anchor = `#figure-${f.id}`;
  const link = (href: string, name: string): Link => ({ href, name });
  const counted = factOrigin(q, 'figures', f.id, 'value', locale);
  const located = f.located_in ? q.place(f.located_in) : undefined;
  const note = noteOf(f, locale);
  const notes = cappedDiscrepancies(discrepanciesOf(q, [f.id]), locale, MAX_FIGURE_DISCREPANCIES);
  const facts: Fact[] = [
    { label: w.place, value: placeName, href: urls.place(locale, place.id) },
    {
      label: w.campaign,
      value: nameOf(campaign, locale),
      href: urls.campaign(locale, campaign.id),
      origin: factOrigin(q, 'figures', f.id, 'campaign', locale),
    },
    { label: w.metric, value: nameOf(metric, locale), href: urls.metric(locale, metric.id) },
    { label: w.definition, value: fieldOf(metric, 'definition', locale) },
    {
      label: w.qualifier,
      value: t.qualifiers[f.qualifier] + (f.precision > 1 ? t.listSeparator + w.stated(f.precision) : ''),
    },
    { label: w.unit, value: unitName(metric.unit, locale) },
    { label: w.period, value: periodLabel(f, locale) },
    ...datedFacts(q, f, locale),
    {
      label: w.agency,
      value: nameOf(q.agency(f.agency), locale),
      origin:
        factOrigin(q, 'figures', f.id, 'agency', locale) ??
        factOrigin(q, 'agencies', f.agency, 'name_zh', locale),
    },
    ...(located
      ? [
          {
            label: w.locatedIn,
            value: nameOf(located, locale),
            href: urls.place(locale, located.id),
            origin: factOrigin(q, 'figures', f.id, 'located_in', locale),
          },
        ]
      : []),
    ...(whole
      ? [
          {
            label: w.partOf,
            value: whole.title,
            href: urls.figure(locale, f.part_of),
            origin: factOrigin(q, 'figures', f.id, 'part_of', locale),
          },
        ]
      : []),
    ...(counted ? [{ label: w.counted, value: counted.text }] : []),
    ...(note ? [{ label: w.note, value: note }] : []),
  ];
  return {
    title,
    /** The stat, for the embed and share page made on request (national layout only). */
    statEmbed: statOnRequest(q, id, locale),
    /** Its value, period and page in one line: the page's description, shown under it in search results. */
    description: [title, periodLabel(f, locale), t.page(f.page)].join(' · '),
    name: metricName,
    crumbs: [
      link(urls.place(locale, place.id), placeName),
      link(urls.campaign(locale, campaign.id), nameOf(campaign, locale)),
    ],
    value: f.value,
    qualifier: f.qualifier,
    shown,
    facts,
    quote: f.quote,
    page: t.page(f.page),
    /** The page after the quote, in brackets of the page's language: （第57页）, (p. 57). */
    pageAside: t.aside(t.page(f.page)),
    discrepancies: notes.shown.map((d) => ({
      // A derived row the methodology page does not list links to its explanation there.
      href: listedOnMethodology(q).has(d.id) ? urls.discrepancy(locale, d.id) : urls.mayOverlap(locale),
      text: discrepancyNote(q, d, f, locale),
    })),
    discrepanciesMore: notes.more,
    appearsIn: [
      link(urls.place(locale, place.id) + anchor, placeName),
      link(urls.campaign(locale, campaign.id) + anchor, nameOf(campaign, locale)),
      link(urls.metric(locale, metric.id) + anchor, nameOf(metric, locale)),
    ],
    cite: citeBox(title, siteUrl, urls.figure(locale, f.id), locale, {
      title: fieldOf(source, 'title', locale),
      publication: publicationOf(source, locale),
      year: source.year,
      page: f.page,
    }),
  };
}

/** Each date of a figure (and "since the campaign began"), with where it comes from (provenance.csv). */
function datedFacts(q: Query, f: ReturnType<Query['figure']>, locale: Locale): Fact[] {
  const w = words(locale);
  const labels = w.sources.figurePage.dates;
  const dates = (['period_start', 'period_end', 'as_of', 'reported'] as const)
    .filter((field) => f[field])
    .map((field) => ({
      label: labels[field],
      value: formatDate(f[field], locale),
      origin: factOrigin(q, 'figures', f.id, field, locale),
    }));
  if (f.period_type !== 'since-launch') return dates;
  const since = { label: labels.period_start, value: w.sources.figurePage.launch };
  return [{ ...since, origin: factOrigin(q, 'figures', f.id, 'period_type', locale) }, ...dates];
}
