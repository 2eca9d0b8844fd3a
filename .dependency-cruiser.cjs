// The layers of the code (README, "How the code is laid out"), checked by `npm run check`: value
// imports only; a type-only import of shared vocabulary (`import type`) crosses any layer.
// dependency-cruiser does not read .astro files: scripts/check-layers.ts applies these same rules to
// their imports (src/lib/layers.ts).
const valueImport = { dependencyTypesNot: ['type-only'] };

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'data-knows-nothing-above-it',
      comment: 'The data layer (load, validate, query) imports only the data layer.',
      severity: 'error',
      from: { path: '^src/lib/data/' },
      to: { path: '^src/', pathNot: '^src/lib/data/', ...valueImport },
    },
    {
      name: 'words-know-only-data',
      comment: 'The words (src/lib/i18n) import only themselves and the data layer.',
      severity: 'error',
      from: { path: '^src/lib/i18n/' },
      to: { path: '^src/', pathNot: '^src/lib/(i18n|data)/', ...valueImport },
    },
    {
      name: 'charts-import-neither-data-nor-words',
      comment: 'A chart gets a spec with its words: it imports neither the data layer nor i18n.',
      severity: 'error',
      from: { path: '^src/lib/charts/' },
      to: { path: '^src/lib/(data|i18n)/', ...valueImport },
    },
    {
      name: 'exports-never-reach-views',
      comment: 'The data release is made from the data, never from a page model.',
      severity: 'error',
      from: { path: '^src/lib/exports/' },
      to: { path: '^src/lib/views/', ...valueImport },
    },
    {
      name: 'views-never-reach-components-or-pages',
      comment: 'A view model is plain data for a page: it imports no component, layout or page.',
      severity: 'error',
      from: { path: '^src/lib/views/' },
      to: { path: '^src/(components|layouts|pages)/', ...valueImport },
    },
    {
      name: 'pages-ask-a-view',
      comment:
        'Pages, components, layouts and browser code ask a view (src/lib/views), never the data layer.',
      severity: 'error',
      from: { path: '^src/(pages|components|layouts|client)/' },
      to: { path: '^src/lib/data/', ...valueImport },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Keeps type-only imports in the graph, marked "type-only": the rules above say themselves that
    // those may cross.
    tsPreCompilationDeps: true,
  },
};
