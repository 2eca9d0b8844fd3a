import { publicationOf } from '../../i18n/publication.ts';
import type { Row } from '../../data/dataset.ts';
import type { Query } from '../../data/query.ts';
import { TOPICS, type Campaign } from '../../data/schema.ts';
import { fieldOf, nameOf, noteOf, type Locale } from '../../i18n/locale.ts';
import { formatDate } from '../../i18n/period.ts';
import { campaignLink, placeLink, type Link } from '../links.ts';
import { withFigureRows } from '../figure-table.ts';
import type { TimelineSpec } from '../../charts/types.ts';
import { campaignChartGroups } from '../blocks/page-blocks.ts';
import { pageOembedPath } from '../blocks/chart-files.ts';
import { cap, cappedLinks, moreNote } from '../cap.ts';
import { MAX_BARS } from '../blocks/choose-forms.ts';
import { entityTitle } from './place-page.ts';
import { factOrigin, type Fact } from '../provenance.ts';
import { CITE_BOX_MAX_FIGURES, type CitePlacement } from '../citation.ts';
import * as urls from '../../urls.ts';
import { words } from '../../i18n/words.ts';

/** A campaign's kind, topic, place, start, end and parent, each with its basis (provenance.csv). */
export function campaignFacts(q: Query, campaign: Row<Campaign>, locale: Locale): Fact[] {
  const labels = words(locale).sources.facts;
  const t = words(locale).site;
  const origin = (field: string) => factOrigin(q, 'campaigns', campaign.id, field, locale);
  const facts: Fact[] = [
    { label: labels.kind!, value: t.kinds[campaign.kind], origin: origin('kind') },
    { label: labels.topic!, value: t.topics[campaign.topic], origin: origin('topic') },
  ];
  if (campaign.place) {
    const place = q.place(campaign.place);
    facts.push({
      label: labels.place!,
      value: nameOf(place, locale),
      href: urls.place(locale, place.id),
      origin: origin('place'),
    });
  }
  for (const field of ['start', 'end'] as const) {
    if (!campaign[field]) continue;
    facts.push({
      label: labels[field]!,
      value: formatDate(campaign[field], locale),
      origin: factOrigin(q, 'campaigns', campaign.id, field, locale),
    });
  }
  if (campaign.parent) {
    facts.push({
      label: labels.parent!,
      value: nameOf(q.campaign(campaign.parent), locale),
      href: urls.campaign(locale, campaign.parent),
      origin: factOrigin(q, 'campaigns', campaign.id, 'parent', locale),
    });
  }
  return facts;
}

/** getStaticPaths params of the campaign pages. */
export const campaignPageParams = (q: Query) => q.data.campaigns.map((c) => ({ id: c.id }));

/** A campaign, operation or case page: what it is, its operations and cases, places, figures by place. */
export function campaignPage(q: Query, id: string, locale: Locale) {
  const t = words(locale).site;
  const campaign = q.campaign(id);
  const { compared, groups, more } = campaignChartGroups(q, id, locale);
  const dates = [...new Set([campaign.start, campaign.end].filter(Boolean))].map((d) =>
    formatDate(d, locale),
  );
  // Campaigns name a page, not a source: the site has one source publication so far.
  const source = q.data.sources[0]!;
  return {
    brief:
      groups.length > 0
        ? { href: urls.brief(locale, 'campaigns', id), label: words(locale).embed.briefLink }
        : undefined,
    ...entityTitle(campaign, locale),
    oembed: pageOembedPath(q, locale, [...compared, ...groups.flatMap((g) => g.blocks)]),
    crumbs: [
      { href: urls.campaigns(locale), name: t.nav.campaigns },
      ...q
        .campaignAncestors(id)
        .reverse()
        .map((c): Link => ({ href: urls.campaign(locale, c.id), name: nameOf(c, locale) })),
    ],
    dates: dates.length === 2 ? t.dateRange(dates[0]!, dates[1]!) : dates[0],
    facts: campaignFacts(q, campaign, locale),
    cite: (q.figuresOfCampaign(id, { nested: true }).length > CITE_BOX_MAX_FIGURES
      ? 'link'
      : 'box') as CitePlacement,
    citeSource: {
      title: fieldOf(source, 'title', locale),
      publication: publicationOf(source, locale),
      year: source.year,
      page: campaign.page,
    },
    page: t.page(campaign.page),
    note: noteOf(campaign, locale),
    // All of them: the campaigns index lists campaigns and operations only, and sends readers here for their cases.
    children: q.campaignChildren(id).map((c) => campaignLink(c, locale)),
    places: cappedLinks(
      q.placesOfCampaign(id).map((p) => placeLink(p, locale)),
      locale,
      'places',
    ),
    more: moreNote(locale, more, { kind: 'campaigns', entity: id }),
    compared: {
      heading: words(locale).forms.compared,
      note: words(locale).forms.comparedNote,
      blocks: compared,
    },
    timeline: campaignTimeline(q, id, locale),
    groups: withFigureRows(q, groups, locale),
    levelWarning: new Set(groups.map((s) => s.group.place.level)).size > 1,
  };
}

/** The campaign and its operations and cases as timeline rows (start, end, as-of dates of their figures), the first MAX_BARS. */
export function campaignTimelineRows(q: Query, id: string, locale: Locale) {
  const { shown, more } = cap([q.campaign(id), ...q.campaignDescendants(id)], MAX_BARS);
  const rows = shown.map((c) => ({
    id: c.id,
    label: nameOf(c, locale),
    href: urls.campaign(locale, c.id),
    start: c.start,
    end: c.end,
    asOf: [
      ...new Set(
        q
          .figuresOfCampaign(c.id)
          .flatMap((f) => [f.as_of, f.reported])
          .filter(Boolean),
      ),
    ].sort(),
  }));
  return { rows, more };
}

/** The campaign's timeline; none without dates. */
function campaignTimeline(q: Query, id: string, locale: Locale) {
  const { rows, more } = campaignTimelineRows(q, id, locale);
  // A run with no date at all is not drawn: a bar across the whole axis would state dates the source never gives.
  const dated = rows.filter((r) => r.start || r.end || r.asOf.length > 0);
  if (dated.length === 0) return undefined;
  const w = words(locale).forms;
  const undated = rows.filter((r) => !dated.includes(r)).map((r) => r.label);
  const note = [
    w.timelineNote,
    ...(more > 0 ? [w.moreTimeline(more)] : []),
    ...(undated.length > 0 ? [w.undatedTimeline(undated.join(words(locale).site.listSeparator))] : []),
  ].join(' ');
  const spec: TimelineSpec = { form: 'timeline', id: `tl-${id}`, rows: dated, words: w.timeline };
  return { title: w.timelineTitle, note, spec };
}

/** A campaign or operation in the campaigns index, with the operations below it; its cases are listed on its own page. */
export interface CampaignNode extends Link {
  children: CampaignNode[];
}

/**
 * The campaigns index, per topic: the tree of campaigns and operations, each with its place and how
 * many cases and figures it holds, and the cases outside any campaign. A campaign's or operation's
 * page lists all its operations and cases, so every page is reached from here, and the index grows
 * with the campaigns and operations, not with every case.
 */
export function campaignsIndex(q: Query, locale: Locale) {
  const t = words(locale).site;
  const placeName = (c: Row<Campaign>) => c.place && nameOf(q.place(c.place), locale);
  const node = (c: Row<Campaign>): CampaignNode => {
    const cases = q.campaignDescendants(c.id).filter((d) => d.kind === 'case').length;
    const meta = [
      t.kinds[c.kind],
      placeName(c),
      cases > 0 && t.caseCount(cases),
      t.figureCount(q.figuresOfCampaign(c.id, { nested: true }).length),
    ];
    return {
      href: urls.campaign(locale, c.id),
      name: nameOf(c, locale),
      meta: meta.filter(Boolean).join(' · '),
      children: q
        .campaignChildren(c.id)
        .filter((d) => d.kind !== 'case')
        .map(node),
    };
  };
  return TOPICS.map((topic) => {
    const roots = q.data.campaigns.filter((c) => !c.parent && c.topic === topic);
    return {
      heading: t.topics[topic],
      roots: roots.filter((c) => c.kind !== 'case').map(node),
      cases: roots
        .filter((c) => c.kind === 'case')
        .map((c): Link => ({
          href: urls.campaign(locale, c.id),
          name: nameOf(c, locale),
          meta: placeName(c),
        })),
    };
  });
}
