import type { ChartSpec } from '../../../src/lib/charts/types.ts';
import { words } from '../../../src/lib/i18n/words.ts';

/** Three provinces, one of them a lower bound, in English. */
export function provincesEn(): ChartSpec {
  return {
    id: 'suspects',
    locale: 'en',
    words: words('en').chart,
    title: 'Suspects arrested',
    subtitle: 'card-breaking campaign, as of the date per province',
    unitLabel: 'people',
    source: 'Source: Topic 2020, pp. 57-59',
    notes: ['Jiangxi is a sample'],
    categoryLabel: 'Province',
    data: [
      {
        id: 'gansu',
        label: 'Gansu',
        value: 2289,
        qualifier: 'exact',
        period: 'as of 25 Dec 2020',
        page: 57,
        quote: '已抓获犯罪嫌疑人2289人',
        href: '/en/places/gansu/',
      },
      {
        id: 'jiangxi',
        label: 'Jiangxi',
        value: 5011,
        qualifier: 'at_least',
        period: 'as of 2020',
        page: 57,
        quote: '抓获犯罪嫌疑人5011余人',
      },
      {
        id: 'sichuan',
        label: 'Sichuan',
        value: 963,
        qualifier: 'exact',
        period: 'as of 30 Oct 2020',
        page: 59,
        quote: '全省抓获贩卖“两卡”犯罪嫌疑人963人',
      },
    ],
  };
}

/** The same chart in Chinese. */
export function provincesZh(): ChartSpec {
  const en = provincesEn();
  const labels = ['甘肃省', '江西省', '四川省'];
  return {
    ...en,
    locale: 'zh',
    words: words('zh').chart,
    title: '抓获犯罪嫌疑人',
    subtitle: '“断卡”行动，截至各省所示日期',
    unitLabel: '人',
    source: '来源：专题2020，第57–59页',
    notes: [],
    categoryLabel: '省份',
    data: en.data.map((d, i) => ({ ...d, label: labels[i] ?? '', period: '截至2020年' })),
  };
}
