import type { Place } from '../data/schema.ts';
import type { Random } from './random.ts';

/** Pinyin syllables with a character each, combined two by two into place names. */
const SYLLABLES: readonly (readonly [string, string])[] = [
  ['an', '安'],
  ['bai', '白'],
  ['bao', '宝'],
  ['chang', '昌'],
  ['cheng', '城'],
  ['da', '大'],
  ['dong', '东'],
  ['feng', '丰'],
  ['fu', '富'],
  ['gao', '高'],
  ['guang', '广'],
  ['he', '和'],
  ['hua', '华'],
  ['huai', '淮'],
  ['jia', '嘉'],
  ['jian', '建'],
  ['jiang', '江'],
  ['jin', '金'],
  ['jing', '靖'],
  ['kang', '康'],
  ['lin', '林'],
  ['long', '隆'],
  ['lu', '鹿'],
  ['ming', '明'],
  ['nan', '南'],
  ['ning', '宁'],
  ['ping', '平'],
  ['qing', '清'],
  ['ren', '仁'],
  ['rong', '荣'],
  ['shan', '山'],
  ['shou', '寿'],
  ['shun', '顺'],
  ['tai', '泰'],
  ['tian', '田'],
  ['tong', '通'],
  ['wen', '文'],
  ['xi', '西'],
  ['xin', '新'],
  ['xing', '兴'],
  ['yang', '阳'],
  ['yi', '宜'],
  ['yong', '永'],
  ['yuan', '源'],
  ['yun', '云'],
  ['ze', '泽'],
  ['zhang', '章'],
  ['zhao', '昭'],
  ['zhen', '镇'],
  ['zhong', '中'],
];

/** Provinces that get no prefectures or counties: Taiwan and the two SARs, as in GB/T 2260 practice. */
const WITHOUT_CHILDREN = new Set(['710000', '810000', '820000']);

/**
 * Prefectures and counties under the given provinces, with GB/T 2260-shaped codes: a prefecture is
 * PPNN00 inside province PP0000, a county PPNNCC inside its prefecture (county-level cities from 81,
 * as in the standard); a municipality's districts are PP01CC directly under the province.
 */
export function generatePlaces(provinces: Place[], random: Random): Place[] {
  const used = new Set(provinces.map((p) => p.id));
  const out: Place[] = [];
  const name = (province: Place, code: string) => {
    const [a, b] = [random.pick(SYLLABLES), random.pick(SYLLABLES)];
    const pinyin = a[0] + b[0];
    let id = pinyin;
    if (used.has(id)) id = `${pinyin}-${province.id}`;
    if (used.has(id)) id = `${pinyin}-${code}`;
    used.add(id);
    return { id, zh: a[1] + b[1], en: pinyin[0]!.toUpperCase() + pinyin.slice(1) };
  };
  const counties = (province: Place, parent: Place, prefix: string, count: number) => {
    let county = 1;
    let city = 81;
    for (let i = 0; i < count; i++) {
      const isCity = parent.level === 'prefecture' && random.chance(0.2);
      const code = `${prefix}${String(isCity ? city++ : county++).padStart(2, '0')}`;
      const n = name(province, code);
      out.push(place(n, 'county', isCity ? 'county-city' : 'county', parent.id, code, isCity ? '市' : '县'));
    }
  };
  for (const province of provinces) {
    const pp = province.gbt2260.slice(0, 2);
    if (WITHOUT_CHILDREN.has(province.gbt2260)) continue;
    if (province.type === 'municipality') {
      counties(province, province, `${pp}01`, random.int(10, 20));
      continue;
    }
    const prefectures = random.int(6, 18);
    for (let i = 1; i <= prefectures; i++) {
      const code = `${pp}${String(i).padStart(2, '0')}00`;
      const prefecture = place(
        name(province, code),
        'prefecture',
        'prefecture-city',
        province.id,
        code,
        '市',
      );
      out.push(prefecture);
      counties(province, prefecture, code.slice(0, 4), random.int(3, 14));
    }
  }
  return out;
}

function place(
  n: { id: string; zh: string; en: string },
  level: Place['level'],
  type: Place['type'],
  parent: string,
  gbt2260: string,
  suffix: string,
): Place {
  const en = type === 'county' ? `${n.en} County` : n.en;
  return {
    id: n.id,
    name_zh: n.zh + suffix,
    name_en: en,
    level,
    type,
    parent,
    gbt2260,
    note_en: '',
    note_zh: '',
  };
}
