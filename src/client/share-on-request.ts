// The share page made on request loads its code after the page (src/lib/built-site/on-request.ts).
const script = document.querySelector<HTMLElement>('[data-on-request-script]')?.dataset.onRequestScript;
if (script) void import(/* @vite-ignore */ script);
export {};
