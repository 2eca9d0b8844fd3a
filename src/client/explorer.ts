// The explorer's code (with its number formats) loads after the page, not with it: the no-JS
// table is already there, so the page keeps its small JavaScript at load.
void import('./explorer-app.ts').then((m) => m.startExplorer());
