/** The embed made on request (the national layout): the chart named by `?chart=`, from the page that draws it. */
import type { Locale } from '../lib/i18n/locale.ts';
import { announceCharts, askedKey, takeChart } from './chart-on-request.ts';

const slot = document.querySelector<HTMLElement>('[data-chart-on-request]');
if (slot) {
  const locale = slot.dataset.locale as Locale;
  takeChart(locale, askedKey())
    .catch(() => undefined)
    .then((chart) => {
      if (!chart) {
        document.querySelector<HTMLElement>('[data-chart-missing]')!.hidden = false;
        return;
      }
      const parent = slot.parentElement!;
      slot.replaceWith(chart.node);
      document.title = chart.frame.title;
      document.querySelector<HTMLAnchorElement>('[data-chart-page]')?.setAttribute('href', chart.href);
      announceCharts(parent);
    });
}
