import type { Query } from '../data/query.ts';
import { fieldOf, nameOf, type Locale } from '../i18n/locale.ts';
import { formatValue } from '../i18n/numbers.ts';
import { unitFor } from '../i18n/units.ts';
import { words } from '../i18n/words.ts';

/** A figure as its page is titled: `Gansu · Suspects arrested: 2,289 people` (`甘肃省 · 抓获犯罪嫌疑人：2289 人`). */
export function figureTitle(q: Query, id: string, locale: Locale) {
  const f = q.figure(id);
  const metric = q.metric(f.metric);
  const metricName = fieldOf(f, 'detail', locale) || nameOf(metric, locale);
  const shown = `${formatValue(f.value, f.qualifier, locale, f.quote)} ${unitFor(metric.unit, f.value, locale)}`;
  return {
    title: words(locale).site.figureTitle(nameOf(q.place(f.place), locale), metricName, shown),
    shown,
  };
}
