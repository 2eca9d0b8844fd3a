import { describe, expect, it } from 'vitest';
import { fixtureQuery } from '../../../helpers/fixture-data.ts';
import {
  campaignPage,
  campaignsIndex,
  type CampaignNode,
} from '../../../../src/lib/views/pages/campaign-page.ts';

const q = fixtureQuery();
const flatten = (nodes: CampaignNode[]): CampaignNode[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);

describe('campaignsIndex', () => {
  it('nests campaigns and operations under their parents, lists cases outside any campaign, by topic', () => {
    const topics = campaignsIndex(q, 'en');
    const tree = topics.flatMap((t) => flatten(t.roots));
    expect(tree.map((n) => n.href).sort()).toEqual(
      q.data.campaigns
        .filter((c) => c.kind !== 'case')
        .map((c) => `/en/campaigns/${c.id}/`)
        .sort(),
    );
    const duanka = topics[0]!.roots.find((n) => n.href === '/en/campaigns/duanka/')!;
    expect(duanka.children.map((n) => n.href)).toContain('/en/campaigns/clear-in-10-days/');
    expect(topics[1]!.cases.map((l) => l.href)).toContain('/en/campaigns/case-chen/');
    expect(topics.flatMap((t) => t.cases.map((l) => l.href))).not.toContain('/en/campaigns/case-10-29/');
  });

  it('says what each is, where, and how many cases and figures it holds', () => {
    const all = flatten(campaignsIndex(q, 'zh').flatMap((t) => t.roots));
    const roundup = all.find((n) => n.href === '/campaigns/heilongjiang-roundup/')!;
    const count = q.figuresOfCampaign('heilongjiang-roundup', { nested: true }).length;
    expect(roundup.meta).toBe(`专项行动 · 黑龙江省 · ${count} 个数据`);
    const duanka = all.find((n) => n.href === '/campaigns/duanka/')!;
    const cases = q.campaignDescendants('duanka').filter((c) => c.kind === 'case').length;
    expect(duanka.meta).toContain(`${cases} 个案件`);
  });

  it('reaches every campaign, operation and case from the index or its parent’s page', () => {
    const index = campaignsIndex(q, 'en');
    const reached = new Set(index.flatMap((t) => [...flatten(t.roots), ...t.cases]).map((l) => l.href));
    for (const parent of new Set(q.data.campaigns.map((c) => c.parent).filter(Boolean)))
      for (const l of campaignPage(q, parent, 'en').children) reached.add(l.href);
    expect([...reached].sort()).toEqual(q.data.campaigns.map((c) => `/en/campaigns/${c.id}/`).sort());
  });
});

describe('campaignPage', () => {
  it('has breadcrumbs up to the campaigns index and the name in the other language', () => {
    const v = campaignPage(q, 'case-10-29', 'en');
    expect(v.crumbs.map((c) => c.href)).toEqual([
      '/en/campaigns/',
      '/en/campaigns/duanka/',
      '/en/campaigns/clear-in-10-days/',
    ]);
    expect(v.otherLang).toBe('zh-CN');
    expect(v.otherName).toBe(q.campaign('case-10-29').name_zh);
  });

  it('joins start and end dates in words', () => {
    expect(campaignPage(q, 'jingwang-2020', 'zh').dates).toBe('2020年');
    expect(campaignPage(q, 'duanka', 'en').dates).toBe('10 Oct 2020');
  });
});
