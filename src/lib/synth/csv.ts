/** A CSV file in the project's format: the table's header in schema order, LF line endings, quotes only where needed. */
export function writeCsv(table: { row: { shape: object } }, rows: object[]): string {
  const columns = Object.keys(table.row.shape);
  const line = (cells: unknown[]) => cells.map((c) => cell(String(c ?? ''))).join(',');
  return `${[line(columns), ...rows.map((r) => line(columns.map((c) => (r as Record<string, unknown>)[c])))].join('\n')}\n`;
}

function cell(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
