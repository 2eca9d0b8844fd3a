import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { draftCsv, draftFigures } from '../../../src/lib/curation/extract.ts';

const text = [
  '甘肃警方:打击“两卡内部犯罪”人员 实施“信用惩戒”',
  '2020年12月25日从甘肃省公安厅获悉,该省公安机关“断卡”行动开展以来,已抓获犯罪嫌疑人2289人,打掉开办贩、电话卡团伙112个,查获银行卡2706张。',
  '57',
  '泾川县公安局成立“10.29”专案组,扣押作案工具手机20余部、银行卡60余张,涉案价值800余万元。',
  '58',
].join('\n');

describe('draftFigures', () => {
  const rows = draftFigures(text, ['甘肃省', '泾川县']);

  it('drafts one row per statistic with its clause, value, qualifier, place and metric words', () => {
    expect(rows.find((r) => r.number_text === '2289人')).toEqual({
      page: '57',
      line: '2',
      quote: '已抓获犯罪嫌疑人2289人',
      value: '2289',
      qualifier: 'exact',
      place_words: '甘肃省',
      metric_words: '抓获犯罪嫌疑人',
      number_text: '2289人',
    });
    expect(rows.find((r) => r.number_text === '800余万元')).toMatchObject({
      page: '58',
      line: '4',
      value: '8000000',
      qualifier: 'at_least',
      place_words: '泾川县公安局',
      metric_words: '涉案价值',
    });
  });

  it('leaves out dates, case names and ordinals', () => {
    expect(rows.map((r) => r.number_text)).toEqual([
      '2289人',
      '112个',
      '2706张',
      '20余部',
      '60余张',
      '800余万元',
    ]);
  });

  it('falls back to a generic place name when no known place is on the line', () => {
    const [row] = draftFigures('某某市警方抓获嫌疑人5人。\n1', []);
    expect(row).toMatchObject({ place_words: '某某市', value: '5' });
  });
});

describe('draftCsv', () => {
  it('writes a header and one line per row that parse back to the same rows', () => {
    const rows = draftFigures(text, []);
    const csv = draftCsv(rows);
    expect(csv.split('\n')[0]).toBe('page,line,quote,value,qualifier,place_words,metric_words,number_text');
    expect(csv.endsWith('\n')).toBe(true);
    expect(Papa.parse(csv, { header: true, skipEmptyLines: true }).data).toEqual(rows);
  });
});
