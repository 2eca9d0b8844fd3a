/**
 * The figure explorer at /figures/: loads the JSON shards (figures-explained rows), filters them
 * from the form (selects, a text filter, a place with the places within it), sorts them by the
 * column headings, keeps the state in the URL, and downloads the current view as Excel-safe CSV,
 * exact CSV or .xlsx (each writer loaded on its first click). Display words come from the page
 * (the headings, the filters' option labels, the count's templates, the README of the .xlsx), so
 * this file holds none.
 */
import { formatNumber, formatValue } from '../lib/i18n/numbers.ts';
import type { Locale } from '../lib/i18n/locale.ts';
import type { Qualifier } from '../lib/data/schema.ts';

type Row = Record<string, string | number>;
interface Shard {
  columns: string[];
  rows: (string | number)[][];
}

/** Rows drawn at once; "Show more" adds as many again, so 40,000 figures never block the page. */
const BATCH = 200;
/** How long the text filter waits after a keystroke before filtering. */
const DEBOUNCE_MS = 200;
/** URL parameter → figures-explained column it filters (the place also by the places it lies within). */
const FILTER_COLUMNS: Record<string, string> = {
  place: 'place',
  level: 'level',
  campaign: 'campaign',
  metric: 'metric',
  qualifier: 'qualifier',
  period: 'period_type',
  page: 'page',
};
/** The figures-explained columns the text filter looks in: both languages, so 甘肃 and Gansu both work. */
const TEXT_COLUMNS = [
  'place_zh',
  'place_en',
  'province_zh',
  'province_en',
  'located_in_zh',
  'located_in_en',
  'metric_zh',
  'metric_en',
  'detail_zh',
  'detail_en',
  'campaign_zh',
  'campaign_en',
  'agency_zh',
  'agency_en',
  'quote',
  'value',
];
/** The form's own URL parameters besides its selects; any other (the selection chart's) is kept. */
const OWN = new Set([...Object.keys(FILTER_COLUMNS), 'q', 'alone', 'sort']);

/** Text as the filter compares it: full-width forms folded (ＡＢ → ab), lower case. */
const fold = (text: string) => text.normalize('NFKC').toLowerCase();
/** A term as the thesaurus compares them (normalTerm of src/lib/data/thesaurus.ts): hyphens and spaces as one space. */
const asTerm = (text: string) =>
  fold(text)
    .replace(/[-‐‑–\s]+/g, ' ')
    .trim();

export async function startExplorer(): Promise<void> {
  const root = document.getElementById('explorer')!;
  const form = document.getElementById('x-filters') as HTMLFormElement | null;
  // A later page of the national layout's listing has no explorer: its first page does.
  if (!form) return;
  const tbody = document.getElementById('x-rows')!;
  const count = document.getElementById('x-count')!;
  const more = document.getElementById('x-more') as HTMLButtonElement;
  const clear = document.getElementById('x-clear') as HTMLButtonElement;
  const table = root.querySelector('.table-wrap') as HTMLElement;
  const downloads = Array.from(form.querySelectorAll<HTMLButtonElement>('[data-download]'));
  const locale = root.dataset.locale as Locale;
  const json = <T>(key: string, fallback: T): T => JSON.parse(root.dataset[key] ?? 'null') ?? fallback;
  const units = json<Record<string, string>>('units', {});
  // Place id → the places it lies within: choosing Gansu includes Yuzhong and Jingchuan.
  const above = json<Record<string, string[]>>('above', {});
  const counts = json<Record<'all' | 'filtered' | 'more' | 'paged' | 'none', string>>('counts', {
    all: '',
    filtered: '',
    more: '',
    paged: '',
    none: '',
  });
  // The page gives the address of its figure pages (urls.figures), in its language and sub-path.
  const figureBase = root.dataset.figureBase ?? '';
  // How a figure is named, in the page's words: `{place} · {metric}: {value}`.
  const figureTitle = root.dataset.figureTitle ?? '{place} · {metric}: {value}';
  const ths = Array.from(root.querySelectorAll<HTMLTableCellElement>('thead th'));
  const headers = ths.map((th) => th.textContent?.trim() ?? '');
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
  const text = form.elements.namedItem('q') as HTMLInputElement;
  const alone = form.elements.namedItem('alone') as HTMLInputElement;
  const labelOf = (name: string, value: string) =>
    Array.from(select(name).options).find((o) => o.value === value)?.text ?? value;

  const shards = await Promise.all(
    json<string[]>('shards', []).map(async (url) => {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      return (await res.json()) as Shard;
    }),
  );
  const columns = shards[0]?.columns ?? [];
  const all: Row[] = shards.flatMap((s) =>
    s.rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i]!]))),
  );
  // Each row's words in both languages, folded once: the text filter looks in these.
  const words = new Map(all.map((r) => [r, fold(TEXT_COLUMNS.map((c) => r[c] ?? '').join('\n'))]));
  // A word of the filter that is a thesaurus term also finds what the other terms of its group name
  // (两卡 finds 断卡, card-breaking finds 断卡 and 两卡).
  const groups = json<string[][]>('synonyms', []).map((g) => g.map(asTerm));
  const alternatives = (word: string): string[] => [
    word,
    ...(groups.find((g) => g.includes(asTerm(word))) ?? []),
  ];

  const name = (r: Row, key: string) => String(r[`${key}_${locale}`] ?? '');
  /** A column's order by its select's options (levels, qualifiers and pages in their own order). */
  const byOption = (param: string, column: string) => {
    const order = new Map(Array.from(select(param).options, (o, i) => [o.value, i]));
    return (a: Row, b: Row) => (order.get(String(a[column])) ?? 0) - (order.get(String(b[column])) ?? 0);
  };
  const byName = (key: string) => (a: Row, b: Row) => name(a, key).localeCompare(name(b, key), locale);
  const when = (r: Row) => String(r.period_end || r.as_of || r.reported || '');
  /** Each sortable heading's order, ascending; its th says which by data-sort. */
  const comparators: Record<string, (a: Row, b: Row) => number> = {
    place: byName('place'),
    level: byOption('level', 'level'),
    campaign: byName('campaign'),
    metric: byName('metric'),
    value: (a, b) => Number(a.value) - Number(b.value),
    qualifier: byOption('qualifier', 'qualifier'),
    period: (a, b) =>
      when(a).localeCompare(when(b)) || String(a.period_start).localeCompare(String(b.period_start)),
    page: (a, b) => Number(a.page) - Number(b.page),
  };
  /** The sort, `{column}_{asc|desc}` or '' for the source's order: the one source of truth for the headings and the URL. */
  let sort = '';
  const parseSort = (value: string): string => {
    // Older addresses said `place` or `metric` for ascending; `source` is the source's order.
    const [, key, dir = 'asc'] = /^([a-z]+)(?:_(asc|desc))?$/.exec(value) ?? [];
    return key && comparators[key] ? `${key}_${dir}` : '';
  };

  // State from the URL first, so a shared link opens the same view.
  const params = new URLSearchParams(location.search);
  for (const param of Object.keys(FILTER_COLUMNS)) {
    const value = params.get(param);
    if (value && Array.from(select(param).options).some((o) => o.value === value))
      select(param).value = value;
  }
  text.value = params.get('q') ?? '';
  alone.checked = params.get('alone') === '1';
  sort = parseSort(params.get('sort') ?? '');
  form.hidden = false;
  document.getElementById('x-pages')?.remove();
  root.querySelector('caption')?.removeAttribute('hidden');
  root.querySelector('table')?.classList.add('x-sorting');

  // Each sortable heading becomes a button: click, Enter or Space sorts by it, again reverses.
  for (const th of ths) {
    const key = th.dataset.sort;
    if (!key) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.append(...th.childNodes);
    const arrow = document.createElement('span');
    arrow.className = 'x-arrow';
    arrow.setAttribute('aria-hidden', 'true');
    button.append(arrow);
    button.addEventListener('click', () => {
      sort = sort === `${key}_asc` ? `${key}_desc` : `${key}_asc`;
      apply();
    });
    th.replaceChildren(button);
  }
  const showSort = (): void => {
    for (const th of ths) {
      const [key, dir] = sort.split('_');
      const on = Boolean(th.dataset.sort) && th.dataset.sort === key;
      if (on) th.setAttribute('aria-sort', dir === 'desc' ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
      const arrow = th.querySelector('.x-arrow');
      if (arrow) arrow.textContent = on ? (dir === 'desc' ? ' ▼' : ' ▲') : '';
    }
  };

  let view: Row[] = [];
  let shown = 0;
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
  const fill = (template: string, n: Record<string, number>) =>
    template.replace(/\{(\w+)\}/g, (_, key: string) => formatNumber(n[key] ?? 0, locale));
  /** The count's words: none, some of all, or (before "Show more" has drawn them all) how many so far. */
  const countTemplate = (): string => {
    if (view.length === 0) return counts.none;
    const everything = view.length === all.length;
    if (shown < view.length) return everything ? counts.more : counts.paged;
    return everything ? counts.all : counts.filtered;
  };
  const showMore = (): void => {
    tbody.append(...view.slice(shown, shown + BATCH).map(rowOf));
    shown = Math.min(view.length, shown + BATCH);
    more.hidden = shown >= view.length;
    const n = { shown, matching: view.length, total: all.length };
    count.textContent = fill(countTemplate(), n);
  };
  /** Whether a row's place is the chosen one, or (unless "this place alone") lies within it. */
  const inPlace = (r: Row, place: string, only: boolean) =>
    r.place === place || (!only && (above[String(r.place)] ?? []).includes(place));
  let typing: ReturnType<typeof setTimeout> | undefined;
  const apply = (): void => {
    clearTimeout(typing);
    // "This place alone" means something only once a place is chosen.
    alone.disabled = !select('place').value;
    const data = new FormData(form);
    const active = Object.entries(FILTER_COLUMNS)
      .filter(([param]) => param !== 'place')
      .map(([param, column]) => [column, String(data.get(param) ?? '')] as const)
      .filter(([, value]) => value);
    const place = String(data.get('place') ?? '');
    const only = data.get('alone') === '1';
    const terms = fold(String(data.get('q') ?? ''))
      .split(/\s+/)
      .filter(Boolean);
    view = all.filter(
      (r) =>
        active.every(([column, value]) => String(r[column]) === value) &&
        (!place || inPlace(r, place, only)) &&
        terms.every((t) => alternatives(t).some((a) => words.get(r)!.includes(a))),
    );
    const [key, dir] = sort.split('_');
    const compare = comparators[key ?? ''];
    if (compare) view = [...view].sort(dir === 'desc' ? (a, b) => compare(b, a) : compare);
    showSort();
    const kept = [...new URLSearchParams(location.search)].filter(([k]) => !OWN.has(k));
    const query = new URLSearchParams([
      ...([...data].map(([k, v]) => [k, String(v).trim()]).filter(([, v]) => v) as [string, string][]),
      ...(sort ? [['sort', sort] as [string, string]] : []),
      ...kept,
    ]).toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
    tbody.replaceChildren();
    shown = 0;
    showMore();
    // No result: the count says so, and the table gives way to a button that clears the filters.
    table.hidden = view.length === 0;
    clear.hidden = view.length > 0;
    for (const b of downloads) b.disabled = view.length === 0;
    // The rows now shown, in order, for whatever draws them otherwise (the selection chart).
    root.dispatchEvent(new CustomEvent('x-view', { detail: { columns, rows: view } }));
  };

  text.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(apply, DEBOUNCE_MS);
  });
  form.addEventListener('change', (ev) => {
    if (ev.target !== text) apply();
  });
  form.addEventListener('reset', () => setTimeout(apply));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    apply();
  });
  clear.addEventListener('click', () => {
    form.reset();
    text.focus();
  });
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
    const readme = json<string[]>('readme', []).map((line) =>
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
