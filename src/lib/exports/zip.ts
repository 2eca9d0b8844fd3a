import { zipSync, type Zippable } from 'fflate';

/**
 * A ZIP of `files` (path → bytes), in path order, under one folder. Every entry gets the same
 * modification time, `date` at local midnight: ZIP stores local wall-clock time, so building the
 * Date from its parts gives the same bytes in every time zone.
 */
export function toZip(folder: string, files: Map<string, Uint8Array>, date: string): Uint8Array {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const mtime = new Date(year, month - 1, day);
  const entries: Zippable = {};
  for (const path of [...files.keys()].sort()) entries[`${folder}/${path}`] = [files.get(path)!, { mtime }];
  return zipSync(entries, { level: 9 });
}
