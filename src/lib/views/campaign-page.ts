import type { Row } from '../data/dataset.ts';
import type { Query } from '../data/query.ts';
import type { Campaign } from '../data/schema.ts';
import { localePath, nameOf, noteOf, type Locale } from '../i18n/locale.ts';
import { formatDate } from '../i18n/period.ts';
import { ui } from '../i18n/ui.ts';
import { embedWords } from '../i18n/words/embed.ts';
import { briefPath } from './brief-page.ts';
import { campaignHref, campaignLink, placeHref, placeLink, type Link } from './links.ts';
import { campaignChartGroups } from './page-charts.ts';
import { entityTitle } from './place-page.ts';

/** getStaticPaths params of the campaign pages. */
export const campaignPageParams = (q: Query) => q.data.campaigns.map((c) => ({ id: c.id }));

/** A campaign, operation or case page: what it is, its operations and cases, places, figures by place. */
export function campaignPage(q: Query, id: string, locale: Locale) {
  const t = ui(locale);
  const campaign = q.campaign(id);
  const groups = campaignChartGroups(q, id, locale);
  const dates = [...new Set([campaign.start, campaign.end].filter(Boolean))].map((d) =>
    formatDate(d, locale),
  );
  const place = campaign.place ? q.place(campaign.place) : undefined;
  return {
    brief:
      groups.length > 0
        ? { href: briefPath(locale, 'campaigns', id), label: embedWords(locale).briefLink }
        : undefined,
    ...entityTitle(campaign, locale),
    crumbs: [
      { href: localePath(locale, '/campaigns/'), name: t.nav.campaigns },
      ...q
        .campaignAncestors(id)
        .reverse()
        .map((c): Link => ({ href: campaignHref(locale, c.id), name: nameOf(c, locale) })),
    ],
    kindAndTopic: `${t.kinds[campaign.kind]} · ${t.topics[campaign.topic]}`,
    place: place && ({ href: placeHref(locale, place.id), name: nameOf(place, locale) } as Link),
    dates: dates.length === 2 ? t.dateRange(dates[0]!, dates[1]!) : dates[0],
    page: t.page(campaign.page),
    note: noteOf(campaign, locale),
    children: q.campaignChildren(id).map((c) => campaignLink(c, locale)),
    places: q.placesOfCampaign(id).map((p) => placeLink(p, locale)),
    groups,
    levelWarning: new Set(groups.map((s) => s.group.place.level)).size > 1,
  };
}

/** One campaign in the tree of the campaigns index, with its operations and cases below it. */
export interface CampaignNode extends Link {
  children: CampaignNode[];
}

/** The campaigns index: per topic, the tree of campaigns, operations and cases with their figure counts. */
export function campaignsIndex(q: Query, locale: Locale) {
  const t = ui(locale);
  const node = (c: Row<Campaign>): CampaignNode => {
    const meta = [
      t.kinds[c.kind],
      c.place && nameOf(q.place(c.place), locale),
      t.figureCount(q.figuresOfCampaign(c.id).length),
    ];
    return {
      href: campaignHref(locale, c.id),
      name: nameOf(c, locale),
      meta: meta.filter(Boolean).join(' · '),
      children: q.campaignChildren(c.id).map(node),
    };
  };
  return (['two-cards', 'personal-information'] as const).map((topic) => ({
    heading: t.topics[topic],
    roots: q.data.campaigns.filter((c) => !c.parent && c.topic === topic).map(node),
  }));
}
