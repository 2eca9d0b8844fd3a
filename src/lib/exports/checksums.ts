import { createHash } from 'node:crypto';

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A SHA256SUMS file as `sha256sum -c` reads it: `<hex>  <path>` per file, in path order. */
export function toSha256Sums(files: Map<string, Uint8Array>): string {
  return [...files.keys()]
    .sort()
    .map((path) => `${sha256(files.get(path)!)}  ${path}\n`)
    .join('');
}

/** The path → hex digest pairs of a SHA256SUMS file. */
export function parseSha256Sums(text: string): Map<string, string> {
  return new Map(
    text
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
        if (!m) throw new Error(`SHA256SUMS: "${line}" is not "<sha256>  <path>"`);
        return [m[2]!, m[1]!] as const;
      }),
  );
}
