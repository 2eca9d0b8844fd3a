import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../../src/lib/data/dataset.ts';
import { fixtureQuery } from '../../../helpers/fixture-data.ts';
import {
  chooseForms,
  type ChartForm,
  type FigureFacts,
} from '../../../../src/lib/views/blocks/choose-forms.ts';

const q = fixtureQuery();
const fig = (id: string) => q.data.figures.find((f) => f.id === id)!;
const figs = (...ids: string[]) => ids.map(fig);
const kinds = (forms: ChartForm[]) => forms.map((f) => f.kind);
// Zhoukou counts arrests "including related crimes" (a metric of its own, not comparable with plain
// arrests) in a card-trade operation; as plain arrests in a personal-information campaign it stands in
// for a second prefecture beside Jieyang (a personal-information case).
const zhoukouArrests = (): Figure => ({
  ...fig('zhoukou-suspects'),
  metric: 'suspects_arrested',
  campaign: 'jingwang-2020',
});

/** Figures a form draws, for checking every figure lands in exactly one form. */
function drawn(form: ChartForm): Figure[] {
  switch (form.kind) {
    case 'stat':
      return [form.figure];
    case 'ranked':
      return form.bars.map((b) => b.figure);
    case 'part-whole':
      return [form.whole, ...form.parts];
    case 'metric-bars':
      return form.figures;
  }
}

/** Made-up places at one level, for caps and ties: `p1` … `pN`, one figure each. */
function manyPlaces(n: number): { figures: Figure[]; facts: FigureFacts } {
  const base = fig('gansu-suspects');
  const figures = Array.from({ length: n }, (_, i) => ({
    ...base,
    id: `p${i + 1}-suspects`,
    place: `p${i + 1}`,
    agency: `p${i + 1}-police`,
    value: 1000 - i,
  }));
  return {
    figures,
    facts: { levelOf: () => 'province', unitOf: () => 'people', topicOf: () => 'two-cards' },
  };
}

describe('chooseForms', () => {
  it('shows a single figure as a stat, not a chart', () => {
    expect(chooseForms(figs('gansu-dens'), q)).toEqual([{ kind: 'stat', figure: fig('gansu-dens') }]);
  });

  it('ranks one metric across provinces in one chart, largest first, each bar with its own period marked', () => {
    const [form, ...others] = chooseForms(figs('gansu-suspects', 'jiangxi-suspects'), q);
    expect(others).toEqual([]);
    if (form?.kind !== 'ranked') throw new Error(`expected ranked, got ${form?.kind}`);
    expect(form.metric).toBe('suspects_arrested');
    expect(form.level).toBe('province');
    expect(form.bars.map((b) => b.figure.value)).toEqual([5011, 2289]);
    // Two different periods (since 10 Oct, as of 25 Dec): they share none.
    expect(form.periodsDiffer).toBe(true);
    expect(form.bars.every((b) => b.periodDiffers)).toBe(true);
    expect(form.more).toBe(0);
  });

  it('marks only the bars whose period differs from the one the others share', () => {
    const { figures, facts } = manyPlaces(3);
    figures[1] = { ...figures[1]!, as_of: '2020-11-30' };
    const [form] = chooseForms(figures, facts);
    if (form?.kind !== 'ranked') throw new Error('expected ranked');
    expect(form.bars.map((b) => b.periodDiffers)).toEqual([false, true, false]);
  });

  it('says nothing differs when all bars share one period', () => {
    const { figures, facts } = manyPlaces(4);
    const [form] = chooseForms(figures, facts);
    if (form?.kind !== 'ranked') throw new Error('expected ranked');
    expect(form.periodsDiffer).toBe(false);
    expect(form.bars.some((b) => b.periodDiffers)).toBe(false);
  });

  it('highlights the page’s own place and mutes the others', () => {
    const [form] = chooseForms(figs('gansu-suspects', 'jiangxi-suspects'), q, { highlight: 'gansu' });
    if (form?.kind !== 'ranked') throw new Error('expected ranked');
    expect(form.bars.map((b) => [b.figure.place, b.highlight])).toEqual([
      ['jiangxi', false],
      ['gansu', true],
    ]);
  });

  it('never draws metrics that count different things as one (card sellers only beside all arrests)', () => {
    const forms = chooseForms(figs('gansu-suspects', 'jiangxi-suspects', 'sichuan-suspects'), q);
    expect(kinds(forms)).toEqual(['ranked', 'stat']);
    expect(forms[1]).toEqual({ kind: 'stat', figure: fig('sichuan-suspects') });
  });

  it('caps a ranked chart at 25 bars and counts the rest', () => {
    const { figures, facts } = manyPlaces(437);
    const [form] = chooseForms(figures, facts);
    if (form?.kind !== 'ranked') throw new Error('expected ranked');
    expect(form.bars).toHaveLength(25);
    expect(form.bars[0]!.figure.place).toBe('p1');
    expect(form.more).toBe(412);
  });

  it('keeps a highlighted place beyond the cap in view, in the last bar', () => {
    const { figures, facts } = manyPlaces(30);
    const [form] = chooseForms(figures, facts, { highlight: 'p28', maxBars: 10 });
    if (form?.kind !== 'ranked') throw new Error('expected ranked');
    expect(form.bars.map((b) => b.figure.place)).toEqual([
      ...Array.from({ length: 9 }, (_, i) => `p${i + 1}`),
      'p28',
    ]);
    expect(form.bars.at(-1)!.highlight).toBe(true);
    expect(form.more).toBe(20);
  });

  it('never draws a province beside a county', () => {
    const forms = chooseForms(figs('gansu-suspects', 'jingchuan-suspects', 'yuzhong-suspects'), q);
    // The two counties are compared; the province stands alone.
    expect(kinds(forms)).toEqual(['stat', 'ranked']);
    const ranked = forms[1]!;
    if (ranked.kind !== 'ranked') throw new Error('expected ranked');
    expect(ranked.level).toBe('county');
    expect(ranked.bars.map((b) => b.figure.place)).toEqual(['jingchuan', 'yuzhong']);
  });

  it('never draws two metric definitions as one metric', () => {
    // Sichuan counts card sellers only: as its own metric id it is not ranked with Gansu's arrests.
    const sichuan = { ...fig('sichuan-suspects'), metric: 'card_seller_suspects_arrested' };
    const facts: FigureFacts = {
      levelOf: (f) => q.levelOf(f),
      unitOf: () => 'people',
      topicOf: (f) => q.topicOf(f),
    };
    const forms = chooseForms([fig('gansu-suspects'), sichuan], facts);
    expect(kinds(forms)).toEqual(['stat', 'stat']);
  });

  it('never draws a personal-information case beside card-trade cases', () => {
    // Four counties report arrests: Feicheng's personal-information case and three card-trade cases.
    const forms = chooseForms(
      figs('feicheng-suspects', 'yuzhong-suspects', 'yixing-arrests', 'jingchuan-suspects'),
      q,
    );
    expect(kinds(forms)).toEqual(['stat', 'ranked']);
    expect(forms[0]).toEqual({ kind: 'stat', figure: fig('feicheng-suspects') });
    const ranked = forms[1]!;
    if (ranked.kind !== 'ranked') throw new Error('expected ranked');
    expect(ranked.topic).toBe('two-cards');
    expect(ranked.bars.map((b) => b.figure.place)).toEqual(['jingchuan', 'yuzhong', 'yixing']);
  });

  it('ranks each topic apart when both report one metric at one level', () => {
    const pi = { ...fig('jingchuan-suspects'), id: 'pi-suspects', campaign: 'case-2020-3-15' };
    const forms = chooseForms(
      [...figs('feicheng-suspects', 'yuzhong-suspects', 'jingchuan-suspects'), pi],
      q,
    );
    expect(forms.map((f) => (f.kind === 'ranked' ? f.topic : f.kind))).toEqual([
      'personal-information',
      'two-cards',
    ]);
  });

  it('draws a part inside its whole only when both are of one topic and level', () => {
    const stray = { ...fig('daqing-compulsory-measures'), campaign: 'duanka' };
    expect(kinds(chooseForms([fig('daqing-people-caught'), stray], q))).toEqual(['stat', 'stat']);
    const below = { ...fig('heilongjiang-compulsory-measures'), place: 'daqing' };
    expect(kinds(chooseForms([fig('heilongjiang-people-caught'), below], q))).toEqual(['stat', 'stat']);
  });

  it('never puts two units in one chart', () => {
    // Gansu: bank and phone cards share a unit; gangs, dens, cases and people do not.
    const forms = chooseForms(q.figuresOfPlace('gansu'), q);
    expect(kinds(forms)).toEqual(['stat', 'stat', 'stat', 'stat', 'metric-bars']);
    const cards = forms[4]!;
    if (cards.kind !== 'metric-bars') throw new Error('expected metric-bars');
    expect(cards.unit).toBe('cards');
    expect(cards.figures.map((f) => f.value)).toEqual([6489, 2706]);
  });

  it('draws a small bar chart of one operation only with at least two values', () => {
    expect(kinds(chooseForms(figs('gansu-phone-cards'), q))).toEqual(['stat']);
    expect(kinds(chooseForms(figs('gansu-phone-cards', 'gansu-bank-cards'), q))).toEqual(['metric-bars']);
  });

  it('never charts metrics of different periods of one operation together', () => {
    // Zhoukou deployed 300+ officers in December and 350 in the first round.
    const forms = chooseForms(figs('zhoukou-police-december', 'zhoukou-police-first-round'), q);
    expect(kinds(forms)).toEqual(['stat', 'stat']);
  });

  it('draws a part inside its whole: 129 of 181', () => {
    const forms = chooseForms(figs('daqing-people-caught', 'daqing-compulsory-measures'), q);
    expect(forms).toEqual([
      { kind: 'part-whole', whole: fig('daqing-people-caught'), parts: [fig('daqing-compulsory-measures')] },
    ]);
  });

  it('draws several parts inside one whole', () => {
    const forms = chooseForms(
      figs('daqing-dens', 'daqing-dens-hr-companies', 'daqing-dens-info-companies'),
      q,
    );
    expect(forms).toEqual([
      {
        kind: 'part-whole',
        whole: fig('daqing-dens'),
        parts: figs('daqing-dens-hr-companies', 'daqing-dens-info-companies'),
      },
    ]);
  });

  it('shows a part whose whole is absent as a stat, never ranked with others', () => {
    const forms = chooseForms(figs('daqing-compulsory-measures', 'heilongjiang-compulsory-measures'), q);
    expect(kinds(forms)).toEqual(['stat', 'stat']);
    const twoCounties = chooseForms(
      [fig('daqing-compulsory-measures'), { ...fig('daqing-compulsory-measures'), id: 'x', place: 'suihua' }],
      { levelOf: () => 'prefecture', unitOf: () => 'people', topicOf: () => 'personal-information' },
    );
    expect(kinds(twoCounties)).toEqual(['stat', 'stat']);
  });

  it('ranks the latest figure of each place and shows the older one apart', () => {
    const forms = chooseForms([fig('jieyang-suspects-2019'), zhoukouArrests()], q);
    expect(kinds(forms)).toEqual(['ranked']);
    const withOld = chooseForms(
      [fig('jieyang-suspects-2019'), zhoukouArrests(), fig('jieyang-suspects-2020')],
      q,
    );
    expect(kinds(withOld)).toEqual(['stat', 'ranked']);
    const [old, ranked] = withOld;
    expect(old).toEqual({ kind: 'stat', figure: fig('jieyang-suspects-2019') });
    if (ranked?.kind !== 'ranked') throw new Error('expected ranked');
    expect(ranked.bars.map((b) => b.figure.id)).toEqual(['zhoukou-suspects', 'jieyang-suspects-2020']);
  });

  it('ranks a whole by its latest figure and draws its parts inside it too', () => {
    // Jieyang's 2020 arrests (8, of which 5 in Shenzhen) are later than its 2019 ones (4).
    const forms = chooseForms(
      [
        fig('jieyang-suspects-2019'),
        zhoukouArrests(),
        fig('jieyang-suspects-2020'),
        fig('jieyang-shenzhen-arrests'),
      ],
      q,
    );
    expect(kinds(forms)).toEqual(['stat', 'ranked', 'part-whole']);
    const [, ranked, partWhole] = forms;
    if (ranked?.kind !== 'ranked' || partWhole?.kind !== 'part-whole') throw new Error('unexpected forms');
    expect(ranked.bars.map((b) => b.figure.id)).toEqual(['zhoukou-suspects', 'jieyang-suspects-2020']);
    expect(partWhole.whole.id).toBe('jieyang-suspects-2020');
  });

  it('puts every figure of every place, campaign and metric in a form, no chart of one value', () => {
    const sections = [
      ...q.placesWithData().map((p) => q.figuresOfPlace(p.id)),
      ...q.data.campaigns.map((c) => q.figuresOfCampaign(c.id, { nested: true })),
      ...q.metricsWithData().map((m) => q.data.figures.filter((f) => f.metric === m.id)),
    ];
    for (const figures of sections) {
      const forms = chooseForms(figures, q);
      const ids = forms.flatMap(drawn).map((f) => f.id);
      expect(new Set(ids)).toEqual(new Set(figures.map((f) => f.id)));
      // Only a whole is drawn twice: as a ranked bar and with its parts.
      const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
      const wholes = forms.flatMap((f) => (f.kind === 'part-whole' ? [f.whole.id] : []));
      for (const id of twice) expect(wholes).toContain(id);
      for (const form of forms) {
        const shown = drawn(form);
        if (form.kind === 'ranked' || form.kind === 'metric-bars')
          expect(shown.length, form.kind).toBeGreaterThanOrEqual(2);
        // A part may count its whole's items in other words (5 companies of 17 dens): its unit is its own.
        if (form.kind !== 'part-whole') expect(new Set(shown.map((f) => q.unitOf(f))).size).toBe(1);
        expect(new Set(shown.map((f) => q.levelOf(f))).size).toBe(1);
        expect(new Set(shown.map((f) => q.topicOf(f))).size).toBe(1);
        if (form.kind === 'ranked' || form.kind === 'metric-bars')
          expect(shown.filter((f) => f.part_of)).toEqual([]);
      }
    }
  });

  it('keeps the order in which the figures first appear', () => {
    const forms = chooseForms(
      figs('gansu-dens', 'daqing-people-caught', 'gansu-gangs', 'daqing-compulsory-measures'),
      q,
    );
    expect(kinds(forms)).toEqual(['stat', 'part-whole', 'stat']);
  });
});
