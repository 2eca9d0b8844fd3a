import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroCode, importsOf, violations, type LayerRule } from '../../src/lib/layers.ts';

const root = resolve(import.meta.dirname, '../..');
const config = join(root, '.dependency-cruiser.cjs');
const rules: LayerRule[] = createRequire(import.meta.url)(config).forbidden;

const page = (frontmatter: string, body = '<p>x</p>') => `---\n${frontmatter}\n---\n\n${body}\n`;
const check = (file: string, source: string) => violations(file, importsOf(astroCode(source), file), rules);

describe('the layer check of .astro files', () => {
  it('fails a page that imports the data layer', () => {
    const found = check(
      'src/pages/[...lang]/places/[id].astro',
      page("import { siteData } from '../../../lib/data/index.ts';\nconst q = siteData();"),
    );
    expect(found).toEqual([
      {
        rule: 'pages-ask-a-view',
        from: 'src/pages/[...lang]/places/[id].astro',
        to: 'src/lib/data/index.ts',
      },
    ]);
  });

  it('lets type-only imports of shared vocabulary through, and no others', () => {
    const file = 'src/components/FigureTable.astro';
    expect(check(file, page("import type { Figure } from '../lib/data/dataset.ts';"))).toEqual([]);
    expect(check(file, page("import { type Figure, type Row } from '../lib/data/dataset.ts';"))).toEqual([]);
    expect(check(file, page("import { LEVELS, type Level } from '../lib/data/schema.ts';"))).toHaveLength(1);
    expect(check(file, page("import {\n  LEVELS,\n} from '../lib/data/schema.ts';"))).toHaveLength(1);
  });

  it("reads <script> blocks and dynamic imports, not the page's markup", () => {
    const file = 'src/layouts/Base.astro';
    const script = "<script>\n  import { QUALIFIERS } from '../lib/data/schema.ts';\n</script>";
    expect(check(file, page('', script))).toHaveLength(1);
    expect(check(file, page("const m = import('../lib/data/query.ts');"))).toHaveLength(1);
    expect(check(file, page('', "<p>import x from '../lib/data/query.ts'</p>"))).toEqual([]);
  });

  it('allows what the layers allow', () => {
    expect(
      check('src/pages/index.astro', page("import { siteData } from '../lib/views/site-data.ts';")),
    ).toEqual([]);
    expect(check('src/components/X.astro', page("import Blocks from './Blocks.astro';"))).toEqual([]);
  });
});

describe('the layer rules in dependency-cruiser', () => {
  const dir = mkdtempSync(join(tmpdir(), 'layers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  const cruise = () =>
    spawnSync(
      process.execPath,
      [join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'), '--config', config, 'src'],
      { cwd: dir, encoding: 'utf8' },
    );
  write(
    'src/lib/views/model.ts',
    'export type Model = { n: number };\nexport const model = (): Model => ({ n: 1 });\n',
  );

  it('fails a value import of a view from the data layer', () => {
    write(
      'src/lib/data/query.ts',
      "import { model } from '../views/model.ts';\nexport const n = model().n;\n",
    );
    const run = cruise();
    expect(run.status).not.toBe(0);
    expect(run.stdout).toContain(
      'data-knows-nothing-above-it: src/lib/data/query.ts → src/lib/views/model.ts',
    );
  });

  it('passes a type-only import', () => {
    write(
      'src/lib/data/query.ts',
      "import type { Model } from '../views/model.ts';\nexport const m: Model = { n: 1 };\n",
    );
    const run = cruise();
    expect(run.stdout + run.stderr).toContain('no dependency violations');
    expect(run.status).toBe(0);
  });
});
