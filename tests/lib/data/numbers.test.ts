import { describe, expect, it } from 'vitest';
import { findNumbers, parseChineseNumber } from '../../../src/lib/data/numbers.ts';

const brief = (text: string) => findNumbers(text).map((n) => [n.text, n.value, n.qualifier, n.kind]);

describe('parseChineseNumber', () => {
  it.each([
    ['1500余万条', 15000000, 'at_least', 10000],
    ['4.9万', 49000, 'rounded', 1000],
    ['3.8万', 38000, 'rounded', 1000],
    ['53万余元', 530000, 'at_least', 10000],
    ['两千余张', 2000, 'at_least', 1000],
    ['近200名', 200, 'approximately', 1],
    ['300多个', 300, 'at_least', 1],
    ['十五天', 15, 'exact', 1],
    ['120万', 1200000, 'rounded', 10000],
    ['近二个月', 2, 'approximately', 1],
    ['一名', 1, 'exact', 1],
    ['100万余条', 1000000, 'at_least', 10000],
    ['7500余万元', 75000000, 'at_least', 10000],
    ['12000余元', 12000, 'at_least', 1],
    ['十大', 10, 'exact', 1],
    ['二十', 20, 'exact', 1],
    ['一百零五', 105, 'exact', 1],
    ['三万五千', 35000, 'exact', 1],
    ['一亿二千万', 120000000, 'exact', 1],
    ['十余万元', 100000, 'at_least', 100000],
    ['1.2亿', 120000000, 'rounded', 10000000],
    ['约300人', 300, 'approximately', 1],
    [' 29456例 ', 29456, 'exact', 1],
    ['2.3456万', 23456, 'exact', 1],
    ['2.35万', 23500, 'rounded', 100],
  ])('%s → %d %s, stated to %d', (text, value, qualifier, precision) => {
    expect(parseChineseNumber(text)).toEqual({ value, qualifier, precision });
  });

  it('gives exact integers for every decimal × 万', () => {
    for (let whole = 0; whole < 100; whole++) {
      for (let tenth = 0; tenth < 10; tenth++) {
        expect(parseChineseNumber(`${whole}.${tenth}万`)!.value).toBe(whole * 10000 + tenth * 1000);
      }
    }
    expect(parseChineseNumber('2.35万')!.value).toBe(23500);
  });

  it('returns null when the text does not start with a number', () => {
    expect(parseChineseNumber('银行卡')).toBeNull();
    expect(parseChineseNumber('')).toBeNull();
  });
});

describe('findNumbers: quantities', () => {
  it('reads Arabic numbers with multipliers, qualifiers and counting words', () => {
    expect(brief('涉及全国29省237市的1691条案件线索')).toEqual([
      ['29省', 29, 'exact', 'quantity'],
      ['237市', 237, 'exact', 'quantity'],
      ['1691条', 1691, 'exact', 'quantity'],
    ]);
    expect(brief('扣押涉案资金53万余元,缴获公民个人信息42万余条。')).toEqual([
      ['53万余元', 530000, 'at_least', 'quantity'],
      ['42万余条', 420000, 'at_least', 'quantity'],
    ]);
    expect(brief('关停疑似问题号码3.8万户')).toEqual([['3.8万户', 38000, 'rounded', 'quantity']]);
    expect(brief('电话卡4.9万张')).toEqual([['4.9万张', 49000, 'rounded', 'quantity']]);
    expect(brief('扣押现金120万、电脑19台、')).toEqual([
      ['120万', 1200000, 'rounded', 'quantity'],
      ['19台', 19, 'exact', 'quantity'],
    ]);
    expect(brief('已添加黑名单证件300多个')).toEqual([['300多个', 300, 'at_least', 'quantity']]);
    expect(brief('专案组组织近200名警力')).toEqual([['近200名', 200, 'approximately', 'quantity']]);
    expect(brief('经过近3个月的缜密侦查')).toEqual([['近3个', 3, 'approximately', 'quantity']]);
    expect(brief('扣押作案工具手机20余部、银行卡60余张')).toEqual([
      ['20余部', 20, 'at_least', 'quantity'],
      ['60余张', 60, 'at_least', 'quantity'],
    ]);
    expect(brief('U盾227个、作案车辆3台、GOIP设备21套。')).toEqual([
      ['227个', 227, 'exact', 'quantity'],
      ['3台', 3, 'exact', 'quantity'],
      ['21套', 21, 'exact', 'quantity'],
    ]);
    expect(brief('以600元一套')).toEqual([
      ['600元', 600, 'exact', 'quantity'],
      ['一套', 1, 'exact', 'quantity'],
    ]);
    expect(brief('关联核查高危号码29456例')).toEqual([['29456例', 29456, 'exact', 'quantity']]);
  });

  it('reads every Arabic number, even without a counting word', () => {
    expect(brief('“净网2020”专项行动')).toEqual([['2020', 2020, 'exact', 'quantity']]);
    expect(brief('以“雷霆11号”为载体')).toEqual([['11', 11, 'exact', 'quantity']]);
    expect(brief('以 “10日攻坚冲刺清零”行动')).toEqual([['10日', 10, 'exact', 'quantity']]);
    expect(brief('5年内只保留1张')).toEqual([
      ['5年', 5, 'exact', 'quantity'],
      ['1张', 1, 'exact', 'quantity'],
    ]);
  });

  it('reads Chinese numerals followed by a counting word', () => {
    expect(brief('开办电话卡两千余张')).toEqual([['两千余张', 2000, 'at_least', 'quantity']]);
    expect(brief('开展为期十五天的首轮')).toEqual([['十五天', 15, 'exact', 'quantity']]);
    expect(brief('划分十大战区')).toEqual([['十大', 10, 'exact', 'quantity']]);
    expect(brief('周口市近二个月的')).toEqual([['近二个', 2, 'approximately', 'quantity']]);
    expect(brief('另一名嫌疑人陈某')).toEqual([['一名', 1, 'exact', 'quantity']]);
    expect(brief('“欧卡”和“哈喽”两款作案专用工具软件')).toEqual([['两款', 2, 'exact', 'quantity']]);
    expect(brief('两个老板')).toEqual([['两个', 2, 'exact', 'quantity']]);
    expect(brief('成功摧毁一个贩产业链条犯罪团伙')).toEqual([['一个', 1, 'exact', 'quantity']]);
    expect(brief('一条侵犯公民个人信息犯罪的黑灰产业链')).toEqual([['一条', 1, 'exact', 'quantity']]);
    expect(brief('“三类”情形,“五类”团伙,采取了五项措施')).toEqual([
      ['三类', 3, 'exact', 'quantity'],
      ['五类', 5, 'exact', 'quantity'],
      ['五项', 5, 'exact', 'quantity'],
    ]);
    expect(brief('三十一名')).toEqual([['三十一名', 31, 'exact', 'quantity']]);
  });

  it('reads a Chinese numeral right after a result verb', () => {
    expect(brief('打掉一专门贩卖手机卡的“两卡”犯罪团伙')).toEqual([['一', 1, 'exact', 'quantity']]);
    expect(brief('捣毁一侵犯公民个人信息犯罪团伙')).toEqual([['一', 1, 'exact', 'quantity']]);
  });

  it('ignores Chinese numerals that are not counts', () => {
    for (const text of [
      '按照国务院部际联席会议统一部署',
      '一条黑灰产业链被一举铲除',
      '并从中收取一定的手续费',
      '缴获涉案物品一批',
      '一些',
      '“两卡”犯罪',
      '四川警方',
      '市、区两级公安机关',
      '黄沙百战穿金甲',
      '“致命一招”',
      '重拳一击',
      '和“黑熊”一样',
      '五月',
      '唯一',
    ]) {
      expect(
        findNumbers(text).filter((n) => n.text !== '一条'),
        text,
      ).toEqual([]);
    }
  });

  it('reads ranges of quantities', () => {
    expect(brief('抓获3至5人')).toEqual([['3至5人', 3, 'at_least', 'range']]);
  });
});

describe('findNumbers: dates, case names, ordinals', () => {
  it.each([
    ['2020年12月25日从甘肃省公安厅获悉', '2020年12月25日', 2020],
    ['2020年5月5日开始', '2020年5月5日', 2020],
    ['2020年2月,大庆市公安局', '2020年2月', 2020],
    ['2020年以来', '2020年', 2020],
    ['分局于2019年侦办的', '2019年', 2019],
    ['2019年8月中旬,分局侦办', '2019年8月中旬', 2019],
    ['2019年4月份,陈某荣', '2019年4月份', 2019],
    ['2月份,在梳理', '2月份', 2],
    ['截至10月30日,全省', '10月30日', 10],
    ['7月3日,另一名', '7月3日', 7],
  ])('%s has the date %s', (text, date, value) => {
    expect(findNumbers(text)[0]).toMatchObject({
      text: date,
      value,
      kind: 'date',
      start: text.indexOf(date),
    });
  });

  it('reads date ranges', () => {
    expect(brief('2020年3月至4月期间')).toEqual([['2020年3月至4月', 2020, 'exact', 'range']]);
  });

  it('reads case names in quotes or before 案', () => {
    expect(brief('副组长的“4.03”专案组')).toEqual([['“4.03”', 4, 'exact', 'case-name']]);
    expect(brief('成立“10.29”专案组')).toEqual([['“10.29”', 10, 'exact', 'case-name']]);
    expect(brief('成功侦破“2020.3.15侵犯公民个人信息案”')).toEqual([
      ['2020.3.15', 2020, 'exact', 'case-name'],
    ]);
    expect(brief('4.03专案')).toEqual([['4.03', 4, 'exact', 'case-name']]);
  });

  it('reads ordinals', () => {
    expect(brief('线索第一时间研判、第3批')).toEqual([
      ['第一', 1, 'exact', 'ordinal'],
      ['第3', 3, 'exact', 'ordinal'],
    ]);
  });

  it('gives offsets that slice to the text, also at the very start', () => {
    const text = '两千余张,近200名;“4.03”专案组2020年3月';
    for (const n of findNumbers(text)) expect(text.slice(n.start, n.end)).toBe(n.text);
    expect(findNumbers(text).map((n) => n.start)).toEqual([0, 5, 11, 20]);
  });
});
