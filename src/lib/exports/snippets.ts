import * as urls from '../urls.ts';

/** A way to load the data, shown on the data page: code or steps, and the columns it relies on. */
export interface Snippet {
  id: 'pandas' | 'r' | 'excel' | 'curl';
  label: { en: string; zh: string };
  /** Code to copy (pandas, R, curl) or steps in words (Excel/WPS). */
  code: { en: string; zh: string };
  /** Columns of figures-explained the code names; a test checks they exist. */
  columns: string[];
}

/** Ready-to-run snippets for pandas, R, Excel/WPS and curl, pointing at this site's files. */
export function loadSnippets(siteUrl: string, version: string): Snippet[] {
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
    {
      id: 'pandas',
      label: { en: 'Python (pandas)', zh: 'Python（pandas）' },
      code: { en: pandas, zh: pandas },
      columns,
    },
    { id: 'r', label: { en: 'R', zh: 'R' }, code: { en: r, zh: r }, columns },
    {
      id: 'excel',
      label: { en: 'Excel or WPS', zh: 'Excel 或 WPS' },
      code: {
        en: `Download ${excel} and open it: it is UTF-8 with a byte-order mark, so Chinese shows correctly, and cells that look like formulas start with ' so they are never run. In Excel's Data > From Text/CSV choose "65001: Unicode (UTF-8)" if asked.`,
        zh: `下载 ${excel} 后直接打开：文件为带 BOM 的 UTF-8，中文可正常显示；形似公式的单元格前有 '，不会被执行。若使用 Excel“数据 > 从文本/CSV”导入，请选择“65001: Unicode (UTF-8)”。`,
      },
      columns: [],
    },
    {
      id: 'curl',
      label: { en: 'Everything, checked (curl)', zh: '全部文件并校验（curl）' },
      code: { en: curl, zh: curl },
      columns: [],
    },
  ];
}
