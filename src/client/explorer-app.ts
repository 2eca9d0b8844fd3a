/**
 * The figure explorer at /figures/: loads the JSON shards (figures-explained rows), filters and
 * sorts them from the form, keeps the state in the URL, and downloads the current view as
 * Excel-safe CSV, exact CSV or .xlsx (each writer loaded on its first click). Display words come
 * from the page (the filters' option labels, the README of the .xlsx), so this file holds none.
 */
import { formatValue } from '../lib/i18n/numbers.ts';
import type { Locale } from '../lib/i18n/locale.ts';
import type { Qualifier } from '../lib/data/schema.ts';

type Row = Record<string, string | number>;
interface Shard {
  columns: string[];
  rows: (string | number)[][];
}

/** Rows drawn at once; "Show more" adds as many again, so 40,000 figures never block the page. */
const BATCH = 200;
/** URL parameter → figures-explained column it filters. */
const FILTER_COLUMNS: Record<string, string> = {
  place: 'place',
  level: 'level',
  campaign: 'campaign',
  metric: 'metric',
  qualifier: 'qualifier',
  period: 'period_type',
  page: 'page',
};

export async function startExplorer(): Promise<void> {
  const root = document.getElementById('explorer')!;
  const form = document.getElementById('x-filters') as HTMLFormElement;
  const tbody = document.getElementById('x-rows')!;
  const count = document.getElementById('x-count')!;
  const more = document.getElementById('x-more') as HTMLButtonElement;
  const locale = root.dataset.locale as Locale;
  const units = JSON.parse(root.dataset.units ?? '{}') as Record<string, string>;
  // The page gives the address of its figure pages (urls.figures), in its language and sub-path.
  const figureBase = root.dataset.figureBase ?? '';
  // How a figure is named, in the page's words: `{place} · {metric}: {value}`.
  const figureTitle = root.dataset.figureTitle ?? '{place} · {metric}: {value}';
  const headers = Array.from(root.querySelectorAll('thead th'), (th) => th.textContent?.trim() ?? '');
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
  const labelOf = (name: string, value: string) =>
    Array.from(select(name).options).find((o) => o.value === value)?.text ?? value;

  const shards = await Promise.all(
    (JSON.parse(root.dataset.shards ?? '[]') as string[]).map(async (url) => {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      return (await res.json()) as Shard;
    }),
  );
  const columns = shards[0]?.columns ?? [];
  const all: Row[] = shards.flatMap((s) =>
    s.rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i]!]))),
  );

  // State from the URL first, so a shared link opens the same view.
  const params = new URLSearchParams(location.search);
  for (const name of [...Object.keys(FILTER_COLUMNS), 'sort']) {
    const value = params.get(name);
    if (value && Array.from(select(name).options).some((o) => o.value === value)) select(name).value = value;
  }
  form.hidden = false;
  document.getElementById('x-pages')?.remove();

  let view: Row[] = [];
  let shown = 0;
  const name = (r: Row, key: string) => String(r[`${key}_${locale}`] ?? '');
  const comparators: Record<string, (a: Row, b: Row) => number> = {
    value_desc: (a, b) => Number(b.value) - Number(a.value),
    value_asc: (a, b) => Number(a.value) - Number(b.value),
    place: (a, b) => name(a, 'place').localeCompare(name(b, 'place'), locale),
    metric: (a, b) => name(a, 'metric').localeCompare(name(b, 'metric'), locale),
    page: (a, b) => Number(a.page) - Number(b.page),
  };

  const cell = (text: string, label: string, cls?: string): HTMLTableCellElement => {
    const td = document.createElement('td');
    td.textContent = text;
    td.dataset.label = label;
    if (cls) td.className = cls;
    return td;
  };
  const rowOf = (r: Row): HTMLTableRowElement => {
    const tr = document.createElement('tr');
    const link = cell('', headers[8] ?? '');
    const a = document.createElement('a');
    const value = `${formatValue(Number(r.value), r.qualifier as Qualifier, locale, String(r.quote ?? ''))} ${units[String(r.unit)] ?? ''}`;
    a.href = `${figureBase}${r.id}/`;
    a.textContent = figureTitle
      .replace('{place}', () => name(r, 'place'))
      .replace('{metric}', () => name(r, 'detail') || name(r, 'metric'))
      .replace('{value}', () => value);
    link.append(a);
    tr.append(
      cell(name(r, 'place'), headers[0] ?? ''),
      cell(labelOf('level', String(r.level)), headers[1] ?? ''),
      cell(name(r, 'campaign'), headers[2] ?? ''),
      cell(name(r, 'metric'), headers[3] ?? ''),
      cell(value, headers[4] ?? '', 'num'),
      cell(labelOf('qualifier', String(r.qualifier)), headers[5] ?? ''),
      cell(name(r, 'period'), headers[6] ?? ''),
      cell(labelOf('page', String(r.page)), headers[7] ?? ''),
      link,
    );
    return tr;
  };
  const showMore = (): void => {
    tbody.append(...view.slice(shown, shown + BATCH).map(rowOf));
    shown = Math.min(view.length, shown + BATCH);
    more.hidden = shown >= view.length;
    count.textContent = (count.dataset.template ?? '')
      .replace('-1', String(shown))
      .replace('-2', String(view.length));
  };
  const apply = (): void => {
    const data = new FormData(form);
    const active = Object.entries(FILTER_COLUMNS)
      .map(([param, column]) => [column, String(data.get(param) ?? '')] as const)
      .filter(([, value]) => value);
    view = all.filter((r) => active.every(([column, value]) => String(r[column]) === value));
    const compare = comparators[String(data.get('sort'))];
    if (compare) view = [...view].sort(compare);
    // The form's own parameters from the form; any other (the selection chart's) kept as it is.
    const own = new Set([...Object.keys(FILTER_COLUMNS), 'sort']);
    const kept = [...new URLSearchParams(location.search)].filter(([k]) => !own.has(k));
    const query = new URLSearchParams([
      ...([...data].filter(([k, v]) => v && !(k === 'sort' && v === 'source')) as [string, string][]),
      ...kept,
    ]).toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
    tbody.replaceChildren();
    shown = 0;
    showMore();
    // The rows now shown, in order, for whatever draws them otherwise (the selection chart).
    root.dispatchEvent(new CustomEvent('x-view', { detail: { columns, rows: view } }));
  };

  form.addEventListener('change', apply);
  form.addEventListener('reset', () => setTimeout(apply));
  form.addEventListener('submit', (ev) => ev.preventDefault());
  more.addEventListener('click', showMore);
  const save = (data: string | Uint8Array<ArrayBuffer>, type: string, file: string): void => {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([data], { type }));
    a.download = file;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };
  const onClick = (id: string, download: () => Promise<void>) =>
    document.getElementById(id)?.addEventListener('click', () => void download());
  const CSV = 'text/csv;charset=utf-8';
  onClick('x-download', async () => {
    const { toExcelCsv } = await import('../lib/exports/csv.ts');
    save(toExcelCsv({ columns, rows: view }), CSV, 'figures-explained-filtered-excel.csv');
  });
  onClick('x-download-plain', async () => {
    const { toPlainCsv } = await import('../lib/exports/csv.ts');
    save(toPlainCsv({ columns, rows: view }), CSV, 'figures-explained-filtered-exact.csv');
  });
  onClick('x-download-xlsx', async () => {
    const { toXlsxLite } = await import('../lib/exports/xlsx-lite.ts');
    // The README's lines from the page, the last naming this view (VIEW_ADDRESS and PAGE_ORIGIN in the page model).
    const readme = (JSON.parse(root.dataset.readme ?? '[]') as string[]).map((line) =>
      line.replace('{address}', location.href).replace('{origin}', location.origin),
    );
    const xlsx = toXlsxLite([{ name: 'figures-explained', table: { columns, rows: view } }], readme);
    save(
      xlsx as Uint8Array<ArrayBuffer>,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'figures-explained-filtered.xlsx',
    );
  });
  apply();
}
