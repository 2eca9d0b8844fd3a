// The width measurer (real fonts' metrics through harfbuzzjs) and the line breaker (Chinese rules).
import { describe, expect, test } from 'vitest';
import { charWidth, measureText } from '../../../src/lib/charts/measure.ts';
import { textWidth, wrapText } from '../../../src/lib/charts/text.ts';

describe('measureText', () => {
  test('a Chinese character and full-width punctuation are an em', () => {
    expect(measureText('甘肃省', 15)).toBe(45);
    expect(charWidth('，')).toBe(1);
    expect(charWidth('。')).toBe(1);
  });

  test('Chinese quotes, the dash and the ellipsis are as wide as the CJK font draws them', () => {
    // The estimate by character class gave “ and ” 0.58 em; Noto Sans SC draws them full width.
    expect(charWidth('“')).toBe(1);
    expect(charWidth('”')).toBe(1);
    expect(charWidth('…')).toBe(1);
    expect(charWidth('—')).toBeGreaterThanOrEqual(0.89);
  });

  test('Latin takes the wider of Noto Sans SC and DejaVu Sans (the common Linux font)', () => {
    // DejaVu Sans: a 0.613, m 0.974, space 0.318 (wider than Noto Sans SC's 0.563, 0.926, 0.224).
    expect(charWidth('a')).toBeCloseTo(0.613, 3);
    expect(charWidth('m')).toBeCloseTo(0.974, 3);
    expect(charWidth(' ')).toBeCloseTo(0.318, 3);
    // Noto Sans SC's J (0.535) is wider than DejaVu's (0.295).
    expect(charWidth('J')).toBeCloseTo(0.535, 2);
    expect(measureText('Gansu', 15)).toBeCloseTo(15 * (0.775 + 0.613 + 0.634 + 0.521 + 0.634), 0);
  });

  test('bold is measured in the bold fonts, wider than regular', () => {
    expect(measureText('5,011', 15, 'bold')).toBeGreaterThan(measureText('5,011', 15));
    expect(charWidth('8', 'bold')).toBeCloseTo(0.696, 3); // DejaVu Sans Bold
  });

  test('widths scale with the font size; an empty text is 0', () => {
    expect(measureText('2020年', 26)).toBeCloseTo(2 * measureText('2020年', 13), 6);
    expect(measureText('', 15)).toBe(0);
  });
});

describe('wrapText', () => {
  test('every line fits, and the lines put together are the text', () => {
    const text = '江西省公安厅：2020年10月10日起，全省共抓获涉“两卡”犯罪嫌疑人5011名，打掉犯罪团伙213个。';
    const lines = wrapText(text, 120, 15);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(textWidth(line, 15)).toBeLessThanOrEqual(120);
    expect(lines.join('')).toBe(text);
  });

  test('no line starts with a closing mark or ends with an opening one', () => {
    const text =
      '全省共抓获犯罪嫌疑人，打掉团伙（含“两卡”团伙）、窝点」。全省共抓获犯罪嫌疑人，打掉团伙（含“两卡”团伙）、窝点」。';
    for (let w = 60; w <= 300; w += 7) {
      const lines = wrapText(text, w, 15);
      expect(lines.join('')).toBe(text);
      for (const line of lines.slice(1))
        expect(line, `${w} px: ${lines.join(' | ')}`).not.toMatch(/^[，。、）」”]/);
      for (const line of lines.slice(0, -1))
        expect(line, `${w} px: ${lines.join(' | ')}`).not.toMatch(/[（“]$/);
    }
  });

  test('a closing mark that would start a line takes the character before it along', () => {
    // 六个字，: at 5 em the comma would start line two; 字 goes down with it.
    expect(wrapText('一二三四五，六七', 75, 15)).toEqual(['一二三四', '五，六七']);
    expect(wrapText('一二三（四五六', 60, 15)).toEqual(['一二三', '（四五六']);
  });

  test('Latin text wraps at spaces; a word wider than the line keeps a line of its own', () => {
    expect(wrapText('Suspects arrested in Gansu', 100, 15)).toEqual(['Suspects', 'arrested in', 'Gansu']);
    expect(wrapText('Heilongjiang', 30, 15)).toEqual(['Heilongjiang']);
  });

  test('bold text wraps earlier than regular', () => {
    const text = 'Suspects arrested in Heilongjiang province';
    const at = [...Array(200).keys()].map((i) => 100 + i);
    const differs = at.some((w) => wrapText(text, w, 15, 'bold').length > wrapText(text, w, 15).length);
    expect(differs).toBe(true);
  });
});
