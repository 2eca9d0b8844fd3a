import { describe, expect, it } from 'vitest';
import { barLayout, barOption, sortedData } from '../../../src/lib/charts/bar.ts';
import { BAR_COLOR } from '../../../src/lib/theme.ts';
import { gansuOnly, provincesEn } from './fixtures.ts';

interface Series {
  id: string;
  data: ({ value: number; itemStyle: { decal?: unknown; color: string } } | number)[];
  label?: { formatter: (p: { dataIndex: number }) => string };
}

function seriesOf(option: Record<string, unknown>): Series[] {
  return option.series as Series[];
}

describe('barOption', () => {
  it('sorts bars by value, largest first', () => {
    expect(sortedData(provincesEn()).map((d) => d.id)).toEqual(['jiangxi', 'gansu', 'sichuan']);
    const option = barOption(provincesEn()) as Record<string, unknown>;
    const yAxis = option.yAxis as { data: string[]; inverse: boolean }[];
    expect(yAxis[0]?.data).toEqual(['jiangxi', 'gansu', 'sichuan']);
    expect(yAxis[0]?.inverse).toBe(true);
  });

  it('labels bars with formatted values and qualifier marks', () => {
    const values = seriesOf(barOption(provincesEn()) as Record<string, unknown>)[0];
    const labels = [0, 1, 2].map((i) => values?.label?.formatter({ dataIndex: i }));
    expect(labels).toEqual(['5,011+', '2,289', '963']);
  });

  it('marks non-exact bars with a decal pattern and leaves exact ones plain', () => {
    const data = seriesOf(barOption(provincesEn()) as Record<string, unknown>)[0]?.data ?? [];
    const styles = data.map((d) => (typeof d === 'number' ? undefined : d.itemStyle));
    expect(styles[0]?.decal).toBeDefined();
    expect(styles[1]?.decal).toBeUndefined();
    expect(styles[1]?.color).toBe(BAR_COLOR);
  });

  it('has no animation and ECharts aria off', () => {
    const option = barOption(provincesEn()) as Record<string, unknown>;
    expect(option.animation).toBe(false);
    expect(option.aria).toEqual({ enabled: false });
    expect(JSON.stringify(option)).not.toMatch(/"animation":true/);
  });

  it('accepts a single datum', () => {
    const option = barOption(gansuOnly('en')) as Record<string, unknown>;
    const [values, targets] = seriesOf(option);
    expect(values?.data).toHaveLength(1);
    expect(targets?.data).toHaveLength(1);
    expect(values?.label?.formatter({ dataIndex: 0 })).toBe('2,289');
  });
});

describe('barLayout', () => {
  it('grows with the number of bars', () => {
    const one = barLayout(gansuOnly('en')).height;
    const three = barLayout(provincesEn()).height;
    expect(three).toBeGreaterThan(one);
    expect(three - one).toBe(2 * barLayout(provincesEn()).band);
  });

  it('wraps long labels at narrow widths and leaves room for the widest value', () => {
    const spec = provincesEn();
    spec.data[0] = {
      ...spec.data[0]!,
      label: 'Heilongjiang province-wide round-up of the card-selling gangs',
      value: 75_000_000,
    };
    const narrow = barLayout(spec, 300);
    expect(Math.max(...narrow.labels.map((l) => l.length))).toBeGreaterThan(1);
    expect(narrow.gridRight).toBeGreaterThan(80);
    expect(barLayout(spec, 800).labels.every((l) => l.length === 1)).toBe(true);
  });
});
