import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../../src/lib/data/dataset.ts';
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
