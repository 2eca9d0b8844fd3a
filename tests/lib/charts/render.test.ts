import { describe, expect, it } from 'vitest';
import { renderChart } from '../../../src/lib/charts/render.ts';
import type { AnyChartSpec, FormChartSpec } from '../../../src/lib/charts/types.ts';
import { words } from '../../../src/lib/i18n/words.ts';
import { provincesRanked, stat, timelineRows } from './form-samples.ts';
import { timelineWords } from './form-words.ts';

const ranked = (): FormChartSpec => {
  const spec = provincesRanked('en');
  return {
    ...spec,
    form: 'ranked',
    formWords: words('en').forms.form,
    data: spec.data.map((d) => ({ ...d, unitLabel: spec.unitLabel })),
  };
};

const specs: AnyChartSpec[] = [
  ranked(),
  { ...ranked(), form: 'part-whole' },
  stat('gansu-suspects', 'en'),
  { form: 'timeline', id: 'tl', rows: timelineRows('duanka', 'en'), words: timelineWords('en') },
];

const root = (svg: string) => svg.slice(0, svg.indexOf('>') + 1);

describe('renderChart', () => {
  it.each(specs.map((s) => [s.form, s] as const))('draws a %s to fit a page', (_, spec) => {
    const plot = renderChart(spec);
    expect(root(plot.svg)).toContain(
      `viewBox="0 0 ${plot.width} ${plot.height}" width="100%" style="max-width:${plot.width}px;height:auto;display:block"`,
    );
  });

  it.each(specs.map((s) => [s.form, s] as const))('draws a %s at its fixed size for framing', (_, spec) => {
    const plot = renderChart(spec, { size: 'fixed' });
    expect(root(plot.svg)).toContain(
      `viewBox="0 0 ${plot.width} ${plot.height}" width="${plot.width}" height="${plot.height}"`,
    );
    expect(plot.svg).not.toContain('width="100%"');
  });

  it('keeps a bar chart root out of the tab order on a page only: its bars take focus', () => {
    expect(renderChart(ranked()).svg).toMatch(/^<svg focusable="false" /);
    expect(renderChart(ranked(), { size: 'fixed' }).svg).not.toContain('focusable');
    expect(renderChart(specs[3]!).svg).not.toContain('focusable');
  });
});
