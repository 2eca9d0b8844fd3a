import type { Locale } from '../i18n/locale.ts';
import * as urls from '../urls.ts';
import { words } from '../i18n/words.ts';

/** A way to load the data, shown on the data page: code or steps, and the columns it relies on. */
export interface Snippet {
  id: 'pandas' | 'r' | 'excel' | 'curl';
  label: string;
  /** Code to copy (pandas, R, curl) or steps in words (Excel/WPS). */
  code: string;
  /** Columns of figures-explained the code names; a test checks they exist. */
  columns: string[];
}

/** Ready-to-run snippets for pandas, R, Excel/WPS and curl, pointing at this site's files. */
export function loadSnippets(siteUrl: string, version: string, locale: Locale): Snippet[] {
  const w = words(locale).exports.snippets;
  const plain = `${siteUrl}${urls.dataFile('plain/figures-explained.csv')}`;
  const excel = `${siteUrl}${urls.download('figures-explained', 'csv')}`;
  const pandas = [
    'import pandas as pd',
    '',
    `figures = pd.read_csv("${plain}", dtype={"gbt2260": str}, keep_default_na=False)`,
    'gansu = figures[(figures["place"] == "gansu") & (figures["metric"] == "suspects_arrested")]',
    'print(gansu[["value", "qualifier", "unit", "period_en", "page", "quote"]])',
  ].join('\n');
  const r = [
    `figures <- read.csv("${plain}", encoding = "UTF-8", colClasses = c(gbt2260 = "character"))`,
    'gansu <- figures[figures$place == "gansu" & figures$metric == "suspects_arrested", ]',
    'gansu[, c("value", "qualifier", "unit", "period_en", "page", "quote")]',
  ].join('\n');
  const curl = [
    `curl -fLO ${siteUrl}${urls.dataFile(`crackdown-data-${version}.zip`)}`,
    `unzip crackdown-data-${version}.zip && cd crackdown-data-${version} && sha256sum -c SHA256SUMS`,
  ].join('\n');
  const columns = ['place', 'metric', 'value', 'qualifier', 'unit', 'period_en', 'page', 'quote', 'gbt2260'];
  return [
    { id: 'pandas', label: w.pandas, code: pandas, columns },
    { id: 'r', label: 'R', code: r, columns },
    { id: 'excel', label: w.excel, code: w.excelSteps(excel), columns: [] },
    { id: 'curl', label: w.curl, code: curl, columns: [] },
  ];
}
