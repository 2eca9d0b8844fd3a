/**
 * "Chart this selection": keeps the explorer's latest view (its `x-view` event) and loads the chart
 * (ECharts) on the first click, or at once when the address asks for it (`chart=1`, a shared link).
 * Nothing else loads with the page.
 */
import type { View } from './selection-chart.ts';

const root = document.getElementById('explorer');
const button = document.getElementById('x-chart-open');
if (root && button) {
  let view: View | undefined;
  let chart: Promise<typeof import('./selection-chart.ts')> | undefined;
  const open = () => {
    chart ??= import('./selection-chart.ts');
    void chart.then((m) => view && m.openChart(view));
  };
  root.addEventListener('x-view', (ev) => {
    view = (ev as CustomEvent<View>).detail;
    if (!chart) button.parentElement!.hidden = false;
    if (chart) void chart.then((m) => m.updateChart(view!));
    else if (new URLSearchParams(location.search).get('chart') === '1') open();
  });
  button.addEventListener('click', open);
}
