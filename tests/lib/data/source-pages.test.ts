import { describe, expect, it } from 'vitest';
import { fileLineOf, findPhrase, splitPages } from '../../../src/lib/data/source-pages.ts';

describe('splitPages', () => {
  it('ends a page at a line holding only its number, which belongs to no page', () => {
    const pages = splitPages('第一行\n第二行\n56\n第三行\r\n 57 \n尾页\n');
    expect(pages).toEqual([
      { page: 56, text: '第一行\n第二行', startLine: 1 },
      { page: 57, text: '第三行', startLine: 4 },
      { page: 58, text: '尾页\n', startLine: 6 },
    ]);
  });

  it('makes a text without markers one page numbered 0, and drops a blank tail', () => {
    expect(splitPages('只有一页')).toEqual([{ page: 0, text: '只有一页', startLine: 1 }]);
    expect(splitPages('甲\n56\n\n')).toHaveLength(1);
  });
});

describe('fileLineOf', () => {
  it('gives the line of the file that holds an offset of a page', () => {
    const [, page] = splitPages('甲\n56\n乙\n丙丁\n57\n');
    expect(fileLineOf(page!, 0)).toBe(3);
    expect(fileLineOf(page!, page!.text.indexOf('丁'))).toBe(4);
  });
});

describe('findPhrase', () => {
  it('finds every occurrence, also across a line break, as offsets in the text', () => {
    const text = '抓获嫌疑\n人5人,又抓获嫌疑人3人';
    const spans = findPhrase(text, '抓获嫌疑人');
    expect(spans).toEqual([
      { start: 0, end: 6 },
      { start: 10, end: 15 },
    ]);
    expect(text.slice(spans[0]!.start, spans[0]!.end)).toBe('抓获嫌疑\n人');
    expect(findPhrase(text, '')).toEqual([]);
    expect(findPhrase(text, '没有')).toEqual([]);
  });
});
