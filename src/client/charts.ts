/**
 * Chart interactivity: tooltips for the server-rendered charts of src/lib/charts/, by mouse, tap and
 * keyboard, on each chart's own `data-index` targets.
 */
import type { TooltipDatum } from '../lib/charts/types.ts';

/** Creates an element with text (never HTML) and optional attributes. */
function el(tag: string, text: string, attrs: Record<string, string> = {}): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

/** Each bar's tooltip, read from the figure's data table: one row per bar, in bar order (see tableHtml). */
function tooltips(fig: HTMLElement): TooltipDatum[] {
  return Array.from(fig.querySelectorAll('.chart-table tbody tr'), (tr) => {
    const [label, value, qualifier, period, page, quote] = Array.from(
      tr.children,
      (c) => c.textContent ?? '',
    );
    const href = tr.querySelector('th a')?.getAttribute('href');
    // The value with its unit (2289 人) when the chart gives it: a tooltip is read without the table's header.
    const shown = tr.querySelector<HTMLElement>('td.num')?.dataset.shown;
    return {
      label: label!,
      value: shown ?? value!,
      qualifier: qualifier!,
      period: period!,
      page: page!,
      quote: tr.querySelector('q')?.textContent ?? quote!,
      ...(href ? { href } : {}),
    };
  });
}

/** Makes one `figure.chart` interactive. */
function setup(fig: HTMLElement): void {
  const box = fig.querySelector<HTMLElement>('.chart-svg');
  const tip = fig.querySelector<HTMLElement>('.chart-tooltip');
  const svg = box?.querySelector('svg');
  if (!box || !tip || !svg) return;
  const data = tooltips(fig);
  // The full-band hit targets drawn over each bar, in bar order.
  const bars = Array.from(svg.querySelectorAll<SVGElement>('[data-index]'));
  let active = -1;
  let pinned = false;

  const hide = (): void => {
    tip.hidden = true;
    bars[active]?.classList.remove('is-active');
    active = -1;
    pinned = false;
  };
  const show = (i: number): void => {
    const d = data[i];
    const bar = bars[i];
    if (!d || !bar) return;
    bars[active]?.classList.remove('is-active');
    active = i;
    bar.classList.add('is-active');
    const source = el('span', d.page + (tip.dataset.separator ?? ': '));
    source.append(el('q', d.quote, { lang: 'zh' }));
    tip.replaceChildren(
      d.href ? el('a', d.label, { href: d.href }) : el('strong', d.label),
      el('span', `${d.value} · ${d.qualifier}`),
      el('span', d.period),
      source,
    );
    tip.hidden = false;
    const f = fig.getBoundingClientRect();
    const b = bar.getBoundingClientRect();
    tip.style.left = `${Math.max(0, Math.min(b.left - f.left, fig.clientWidth - tip.offsetWidth))}px`;
    tip.style.top = `${b.bottom - f.top + 4}px`;
  };
  const focus = (i: number): void => {
    const bar = bars[Math.max(0, Math.min(bars.length - 1, i))];
    bar?.focus();
  };

  // Roving tabindex: one bar in the tab order, arrows move. Listeners go on the <div>, not the
  // <svg>: Chromium makes an <svg> with focus listeners focusable itself.
  svg.setAttribute('role', 'group');
  bars.forEach((bar, i) => {
    const d = data[i];
    bar.setAttribute('tabindex', i ? '-1' : '0');
    bar.setAttribute('role', 'img');
    if (d) bar.setAttribute('aria-label', `${d.label}: ${d.value}, ${d.period}, ${d.page}`);
  });
  box.addEventListener('focusin', (ev) => {
    const i = bars.indexOf(ev.target as SVGElement);
    bars.forEach((b, j) => b.setAttribute('tabindex', j === i ? '0' : '-1'));
    show(i);
  });
  // Keep the tooltip when focus moves into it (its link, on a pinned tooltip).
  box.addEventListener('focusout', (ev) => {
    if (!tip.contains(ev.relatedTarget as Node)) hide();
  });
  box.addEventListener('keydown', (ev) => {
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowRight: active + 1,
      ArrowUp: active - 1,
      ArrowLeft: active - 1,
      Home: 0,
      End: bars.length - 1,
    };
    const to = moves[ev.key];
    if (to !== undefined) focus(to);
    else if (ev.key === 'Escape') hide();
    else if (ev.key === 'Enter' || ev.key === ' ') show(bars.indexOf(ev.target as SVGElement));
    else return;
    ev.preventDefault();
  });
  // Hover shows a bar's tooltip and leaving hides it; a click or tap pins it until a click elsewhere.
  bars.forEach((bar, i) => {
    bar.addEventListener('mouseover', () => {
      if (!pinned) show(i);
    });
    bar.addEventListener('mouseout', () => {
      if (!pinned) hide();
    });
    bar.addEventListener('click', () => {
      show(i);
      pinned = true;
    });
  });
  document.addEventListener('click', (ev) => {
    if (pinned && !fig.contains(ev.target as Node)) hide();
  });
  document.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && !tip.hidden) hide();
  });
}

document.querySelectorAll<HTMLElement>('figure.chart').forEach(setup);
// A chart put in later (the embed and share page made on request, src/client/chart-on-request.ts)
// asks for its tooltips with this event, named here and there: importing this module instead would
// split it into a shared chunk, one more request on every page with charts.
document.addEventListener('charts-added', (ev) =>
  (ev.target as Element).querySelectorAll<HTMLElement>('figure.chart').forEach(setup),
);
