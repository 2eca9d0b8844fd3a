import { describe, expect, it } from 'vitest';
import { fixtureQuery } from '../../helpers/fixture-data.ts';
import { campaignPage, campaignsIndex, type CampaignNode } from '../../../src/lib/views/campaign-page.ts';

const q = fixtureQuery();
const flatten = (nodes: CampaignNode[]): CampaignNode[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);

describe('campaignsIndex', () => {
  it('nests every campaign under its parent, each once, by topic', () => {
    const topics = campaignsIndex(q, 'en');
    const all = topics.flatMap((t) => flatten(t.roots));
    expect(all.map((n) => n.href).sort()).toEqual(
      q.data.campaigns.map((c) => `/en/campaigns/${c.id}/`).sort(),
    );
    const duanka = topics[0]!.roots.find((n) => n.href === '/en/campaigns/duanka/')!;
    const clear = duanka.children.find((n) => n.href === '/en/campaigns/clear-in-10-days/')!;
    expect(clear.children.map((n) => n.href)).toContain('/en/campaigns/case-10-29/');
  });

  it('says what each is, where, and how many figures it has', () => {
    const all = flatten(campaignsIndex(q, 'zh').flatMap((t) => t.roots));
    const roundup = all.find((n) => n.href === '/campaigns/heilongjiang-roundup/')!;
    const count = q.figuresOfCampaign('heilongjiang-roundup').length;
    expect(roundup.meta).toBe(`专项行动 · 黑龙江省 · ${count} 个数据`);
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
