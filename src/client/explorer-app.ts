/**
 * The figure explorer at /figures/: loads the JSON shards (figures-explained rows), filters and
 * sorts them from the form, keeps the state in the URL, and downloads the current view as CSV.
 * Display words come from the page (the filters' option labels), so this file holds none.
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
    a.href = `${figureBase}${r.id}/`;
    a.textContent = String(r.id);
    link.append(a);
    tr.append(
      cell(name(r, 'place'), headers[0] ?? ''),
      cell(labelOf('level', String(r.level)), headers[1] ?? ''),
      cell(name(r, 'campaign'), headers[2] ?? ''),
      cell(name(r, 'metric'), headers[3] ?? ''),
      cell(
        `${formatValue(Number(r.value), r.qualifier as Qualifier, locale)} ${units[String(r.unit)] ?? ''}`,
        headers[4] ?? '',
        'num',
      ),
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
    const query = new URLSearchParams(
      [...data].filter(([k, v]) => v && !(k === 'sort' && v === 'source')) as [string, string][],
    ).toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
    tbody.replaceChildren();
    shown = 0;
    showMore();
  };

  form.addEventListener('change', apply);
  form.addEventListener('reset', () => setTimeout(apply));
  form.addEventListener('submit', (ev) => ev.preventDefault());
  more.addEventListener('click', showMore);
  document.getElementById('x-download')?.addEventListener('click', () => {
    void import('../lib/exports/csv.ts').then(({ toExcelCsv }) => {
      const csv = toExcelCsv({ columns, rows: view });
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      a.download = 'figures-explained-filtered.csv';
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    });
  });
  apply();
}
