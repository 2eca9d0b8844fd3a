// The embed made on request loads its code after the page (src/lib/built-site/on-request.ts): the
// page keeps its small JavaScript at load, and the chart comes with the fetch of its page anyway.
const script = document.querySelector<HTMLElement>('[data-on-request-script]')?.dataset.onRequestScript;
if (script) void import(/* @vite-ignore */ script);
export {};
