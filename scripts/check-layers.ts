// `npm run layers` (part of `npm run check`), after dependency-cruiser has checked the .ts files:
// the same layer rules (.dependency-cruiser.cjs) on the imports of every .astro file under src/.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative, resolve, sep } from 'node:path';
import { walkFiles } from '../src/lib/built-site/walk.ts';
import { astroCode, importsOf, violations, type LayerRule } from '../src/lib/layers.ts';

const root = resolve(import.meta.dirname, '..');
const rules: LayerRule[] = createRequire(import.meta.url)('../.dependency-cruiser.cjs').forbidden;
let files = 0;
const found = [...walkFiles(resolve(root, 'src'))]
  .filter((path) => path.endsWith('.astro'))
  .flatMap((path) => {
    files += 1;
    const file = relative(root, path).split(sep).join('/');
    return violations(file, importsOf(astroCode(readFileSync(path, 'utf8')), file), rules);
  });
for (const v of found) console.error(`  error ${v.rule}: ${v.from} → ${v.to}`);
console.log(`${found.length} layer violations in ${files} .astro files`);
process.exit(found.length > 0 ? 1 : 0);
