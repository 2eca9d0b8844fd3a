import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../../src/lib/data/dataset.ts';
import { createQuery } from '../../../../src/lib/data/query.ts';
import { fixtureQuery } from '../../../helpers/fixture-data.ts';
import { ranked, type ChartForm } from '../../../../src/lib/views/blocks/choose-forms.ts';
import { formBlocks } from '../../../../src/lib/views/blocks/make-blocks.ts';
import { chartMixes, type Sharing } from '../../../../src/lib/views/blocks/one-chart.ts';
import { allPageBlocks } from '../../../../src/lib/views/blocks/page-blocks.ts';
import { chartRegistry } from '../../../../src/lib/views/blocks/registry.ts';
import { overviewPage } from '../../../../src/lib/views/pages/overview.ts';

const q = fixtureQuery();
const fig = (id: string) => q.figure(id);
const figs = (...ids: string[]) => ids.map(fig);
const page = { kind: 'campaigns', entity: 'duanka' } as const;

/** How a drawn chart's figures share it, read from its form: bars of several reporters are a comparison. */
const sharingOf = (form: 'ranked' | 'part-whole', figures: Figure[]): Sharing =>
  form === 'part-whole'
    ? 'part-whole'
    : new Set(figures.map((f) => `${f.place}|${f.agency}`)).size > 1
      ? 'compared'
      : 'operation';

describe('the rule of what may share a chart', () => {
  it('lets one metric at one level and of one topic be compared across places, whatever their periods', () => {
    expect(chartMixes('compared', figs('gansu-suspects', 'jiangxi-suspects'), q)).toEqual([]);
    expect(chartMixes('compared', figs('gansu-phone-cards', 'sichuan-phone-cards'), q)).toEqual([]);
  });

  it('refuses a personal-information case beside card-trade cases', () => {
    expect(chartMixes('compared', figs('feicheng-suspects', 'yuzhong-suspects'), q)).toEqual([
      'topics: personal-information, two-cards',
    ]);
  });

  it('refuses two definitions of a count, and two levels, in one comparison', () => {
    expect(chartMixes('compared', figs('gansu-suspects', 'sichuan-suspects'), q)).toEqual([
      'metrics: suspects_arrested, suspects_arrested_card_sellers',
    ]);
    expect(chartMixes('compared', figs('gansu-suspects', 'yuzhong-suspects'), q)).toEqual([
      'levels: province, county',
    ]);
  });

  it("lets one operation's metrics of one unit share a chart, and nothing else", () => {
    expect(chartMixes('operation', figs('gansu-bank-cards', 'gansu-phone-cards'), q)).toEqual([]);
    // Sichuan's cards are another province's total; Zhoukou's 300 and 350 officers are two periods.
    expect(chartMixes('operation', figs('gansu-bank-cards', 'sichuan-phone-cards'), q)).toHaveLength(1);
    expect(
      chartMixes('operation', figs('zhoukou-police-december', 'zhoukou-police-first-round'), q),
    ).toHaveLength(1);
  });

  it('draws only parts of the whole, of its topic, inside it', () => {
    expect(chartMixes('part-whole', figs('daqing-people-caught', 'daqing-compulsory-measures'), q)).toEqual(
      [],
    );
    expect(chartMixes('part-whole', figs('daqing-people-caught', 'daqing-dens-hr-companies'), q)).toEqual([
      'parts of another whole: daqing-dens-hr-companies',
    ]);
    const stray = { ...fig('daqing-compulsory-measures'), campaign: 'duanka' };
    expect(chartMixes('part-whole', [fig('daqing-people-caught'), stray], q)).toEqual([
      'topics: personal-information, two-cards',
    ]);
    const below = { ...fig('daqing-compulsory-measures'), place: 'changchun' };
    expect(
      chartMixes(
        'part-whole',
        [fig('heilongjiang-people-caught'), { ...below, part_of: 'heilongjiang-people-caught' }],
        q,
      ),
    ).toEqual(['levels: province, prefecture']);
  });

  it('stops a mixed chart where every page, embed, image and sheet gets its blocks', () => {
    // A ranked form built by hand around the rule: Feicheng's personal-information arrests among card cases.
    const mixed = ranked(figs('yuzhong-suspects', 'jingchuan-suspects'), q, {});
    if (mixed.kind !== 'ranked') throw new Error('expected ranked');
    const form: ChartForm = {
      ...mixed,
      bars: [...mixed.bars, { ...mixed.bars[0]!, figure: fig('feicheng-suspects') }],
    };
    expect(() => formBlocks(q, [form], 'en', page, 'cmp')).toThrow(
      /feicheng-suspects cannot share a chart \(topics: two-cards, personal-information\)/,
    );
    expect(() => formBlocks(q, [mixed], 'en', page, 'cmp')).not.toThrow();
  });

  it('holds for every chart of every page and the overview maps, in both languages', () => {
    for (const locale of ['zh', 'en'] as const) {
      for (const { kind, entity, block } of allPageBlocks(q, locale)) {
        if (block.kind !== 'chart') continue;
        const where = `${kind}/${entity}/${block.id}`;
        expect(chartMixes(sharingOf(block.spec.form, block.figures), block.figures, q), where).toEqual([]);
      }
      for (const map of overviewPage(q, locale).maps)
        expect(chartMixes('compared', map.figureIds.map(fig), q), map.key).toEqual([]);
      // The registry (embeds, images, briefing sheets) draws the same figures as the pages.
      for (const chart of chartRegistry(q, locale)) {
        const topics = new Set(chart.figureIds.map((id) => q.topicOf(fig(id))));
        expect(topics.size, chart.key).toBe(1);
      }
    }
  });

  it('keeps the county comparisons of the card-breaking campaign to card-trade cases', () => {
    const blocks = allPageBlocks(q, 'en').filter((b) => b.block.kind === 'chart');
    const counties = blocks.filter(({ block }) => block.figures.some((f) => q.levelOf(f) === 'county'));
    expect(counties.length).toBeGreaterThan(0);
    for (const { block } of counties)
      expect(block.figures.map((f) => f.id)).not.toContain('feicheng-suspects');
  });
});

describe('the title of one operation’s metrics', () => {
  // Four metrics of one operation in one unit (cards), as a national build can have them.
  const cards = ['bank_cards_seized', 'phone_cards_seized', 'sim_cards_x', 'usb_keys_x'];
  const base = q.data.figures.find((f) => f.metric === 'bank_cards_seized')!;
  const metric = q.metric(base.metric);
  const four = cards.map((m, i) => ({ ...base, id: `t-${i}`, metric: m, value: 100 - i }));
  const query = createQuery({
    ...q.data,
    figures: [...q.data.figures, ...four.slice(2)],
    metrics: [
      ...q.data.metrics,
      { ...metric, id: 'sim_cards_x', name_en: 'SIM cards destroyed', name_zh: '销毁SIM卡' },
      { ...metric, id: 'usb_keys_x', name_en: 'USB keys seized', name_zh: '查获U盾' },
    ],
  });
  const title = (n: number, locale: 'en' | 'zh') => {
    const form: ChartForm = { kind: 'metric-bars', unit: metric.unit, figures: four.slice(0, n), more: 0 };
    const [block] = formBlocks(query, [form], locale, page, 'ttl');
    return block!.kind === 'chart' ? block!.spec.title : '';
  };

  it('names every metric up to three, never the first alone', () => {
    expect(title(3, 'en')).toBe('Bank cards seized, phone cards seized and SIM cards destroyed');
    expect(title(3, 'zh')).toBe('查获银行卡、查获电话卡、销毁SIM卡');
  });

  it('names two and says how many more beyond three', () => {
    expect(title(4, 'en')).toBe('Bank and phone cards seized and 2 more');
    expect(title(4, 'zh')).toBe('查获银行卡、电话卡等4项');
  });
});
