import { zipSync } from 'fflate';
import type { ExportTable } from './export.ts';

/**
 * A small `.xlsx` writer for the browser (the figure explorer's download): the SpreadsheetML a
 * workbook needs and no more, zipped with fflate. The build's workbook (workbook.ts) uses exceljs,
 * far too heavy to send to a reader; both write the same cells: a README sheet, then a sheet per
 * table, numbers as numbers, every other cell as text, header bold and frozen.
 */

/** One sheet of the workbook: a published table under its name. */
export interface WorkbookTable {
  name: string;
  table: ExportTable;
}

/** Excel allows 31 characters in a sheet name and none of []:*?/\. */
export const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, '-').slice(0, 31);

/** A column as wide as its header or its longest cell among the first rows, within 8–60 characters. */
export function widthOf(column: string, rows: ExportTable['rows']): number {
  const longest = rows
    .slice(0, 500)
    .reduce((max, row) => Math.max(max, [...String(row[column] ?? '')].length), column.length);
  return Math.min(60, Math.max(8, longest + 2));
}

/** Characters XML 1.0 does not allow (controls but tab and line ends, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const xmlText = (text: string) => text.replace(NOT_XML, '').replace(/[&<>"]/g, (c) => ENTITIES[c]!);

/** Column letters of a 0-based index: 0 → A, 25 → Z, 26 → AA. */
function letters(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A cell: a finite number as a number, an empty one not at all, anything else as an inline string (so 2020-10 stays text). */
function cellXml(value: string | number, ref: string, style: string): string {
  if (value === '') return '';
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"${style}><v>${value}</v></c>`;
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${xmlText(String(value))}</t></is></c>`;
}

function sheetXml(rows: (string | number)[][], widths: number[], header: boolean): string {
  const frozen = header
    ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
    : '';
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`);
  // <cols> must hold at least one <col>: a table without columns has none.
  const colsXml = cols.length ? `<cols>${cols.join('')}</cols>` : '';
  const body = rows.map((row, r) => {
    const style = header && r === 0 ? ' s="1"' : '';
    const cells = row.map((value, c) => cellXml(value, `${letters(c)}${r + 1}`, style));
    return `<row r="${r + 1}">${cells.join('')}</row>`;
  });
  return `${XML}<worksheet xmlns="${MAIN}">${frozen}${colsXml}<sheetData>${body.join('')}</sheetData></worksheet>`;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
/** Two fonts (plain, bold) and the cell formats that use them: s="1" is the bold header. */
const STYLES = `${XML}<styleSheet xmlns="${MAIN}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** The entries' time: the earliest a ZIP can hold, so the same rows give the same bytes on any day. */
const MTIME = new Date(1980, 0, 1);

/**
 * Every table in one `.xlsx`, a sheet each, after a README sheet (`about`: one line a row). Same
 * cells as toXlsx in workbook.ts, without its dependencies: this runs in the browser.
 */
export function toXlsxLite(tables: WorkbookTable[], about: string[]): Uint8Array {
  const sheets = [
    {
      name: 'README',
      xml: sheetXml(
        about.map((line) => [line]),
        [120],
        false,
      ),
    },
    ...tables.map(({ name, table }) => ({
      name: sheetName(name),
      xml: sheetXml(
        [table.columns, ...table.rows.map((row) => table.columns.map((c) => row[c] ?? ''))],
        table.columns.map((c) => widthOf(c, table.rows)),
        true,
      ),
    })),
  ];
  const files: Record<string, string> = {
    '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${SHEET_TYPE}"/>`).join('')}</Types>`,
    '_rels/.rels': `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${XML}<Relationships xmlns="${PKG_REL}">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': STYLES,
    ...Object.fromEntries(sheets.map((s, i) => [`xl/worksheets/sheet${i + 1}.xml`, s.xml])),
  };
  const utf8 = new TextEncoder();
  return zipSync(
    Object.fromEntries(
      Object.entries(files).map(([path, xml]) => [path, [utf8.encode(xml), { mtime: MTIME }]]),
    ),
    { level: 6 },
  );
}
