// The layer rules of .dependency-cruiser.cjs applied to .astro files, which dependency-cruiser does
// not parse: the imports of their frontmatter and <script> blocks, resolved like any relative import.
import { dirname, join } from 'node:path/posix';

export interface Import {
  /** The imported path relative to the repository root (src/lib/…), or the package name. */
  to: string;
  typeOnly: boolean;
}

/** A forbidden rule as dependency-cruiser writes it (the parts these rules use). */
export interface LayerRule {
  name: string;
  from: { path: string };
  to: { path: string; pathNot?: string; dependencyTypesNot?: string[] };
}

export interface Violation {
  rule: string;
  from: string;
  to: string;
}

/** The code of an .astro file: its frontmatter and the bodies of its <script> tags. */
export function astroCode(source: string): string {
  const frontmatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const scripts = [...source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [frontmatter, ...scripts].join('\n');
}

const STATIC = /\b(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g;
const BARE = /\bimport\s*['"]([^'"]+)['"]/g;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every import of some code, relative ones resolved against the file's own path (`src/pages/x.astro`). */
export function importsOf(code: string, file: string): Import[] {
  const resolve = (specifier: string) =>
    specifier.startsWith('.') ? join(dirname(file), specifier) : specifier;
  const found: Import[] = [];
  for (const [, , typeKeyword, names, specifier] of code.matchAll(STATIC)) {
    // `import { type A, type B } from` is type-only too: nothing of it is left at run time.
    const named = /^\{([^}]*)\}$/.exec(names!.trim())?.[1];
    const allTypes =
      named !== undefined &&
      named.split(',').every((n) => !n.trim() || /^type\s/.test(n.trim())) &&
      named.trim() !== '';
    found.push({ to: resolve(specifier!), typeOnly: Boolean(typeKeyword) || allTypes });
  }
  for (const pattern of [BARE, DYNAMIC])
    for (const [, specifier] of code.matchAll(pattern))
      found.push({ to: resolve(specifier!), typeOnly: false });
  return found;
}

/** The imports of a file that break a rule; type-only ones pass where the rule lets them. */
export function violations(file: string, imports: Import[], rules: LayerRule[]): Violation[] {
  return rules.flatMap((rule) => {
    if (!new RegExp(rule.from.path).test(file)) return [];
    const { path, pathNot, dependencyTypesNot = [] } = rule.to;
    return imports
      .filter(
        (i) =>
          new RegExp(path).test(i.to) &&
          !(pathNot && new RegExp(pathNot).test(i.to)) &&
          !(i.typeOnly && dependencyTypesNot.includes('type-only')),
      )
      .map((i) => ({ rule: rule.name, from: file, to: i.to }));
  });
}
