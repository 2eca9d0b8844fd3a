/** Copy buttons of the share panel: shown only when scripts run; buttons work by keyboard as by mouse. */
document.querySelectorAll<HTMLButtonElement>('button[data-copy]').forEach((button) => {
  const field = document.getElementById(button.dataset.copy ?? '') as HTMLTextAreaElement | null;
  if (!field) return;
  const label = button.textContent ?? '';
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(field.value);
    } catch {
      field.select();
      document.execCommand('copy');
    }
    button.textContent = button.dataset.done ?? label;
    setTimeout(() => (button.textContent = label), 2000);
  });
});

/**
 * The embed's theme and language (shown only when scripts run): the iframe snippet takes the chosen
 * language's address and height and `?theme=dark|auto` (light needs none), and the preview shows it.
 */
const options = document.querySelector<HTMLFieldSetElement>('[data-embed-options]');
const snippet = document.getElementById('snippet-iframe') as HTMLTextAreaElement | null;
const preview = document.getElementById('embed-preview') as HTMLIFrameElement | null;
if (options && snippet) {
  options.hidden = false;
  const initial = snippet.value;
  const update = (): void => {
    const theme = options.querySelector<HTMLInputElement>('input[name="embed-theme"]:checked')?.value;
    const lang = options.querySelector<HTMLInputElement>('input[name="embed-lang"]:checked');
    // A build without a public address gives paths: the address this page is opened at completes them.
    const built = lang?.dataset.snippet ?? initial;
    const base = snippet.hasAttribute('data-origin')
      ? built.replace(/ src="\//, ` src="${location.origin}/`)
      : built;
    // The address may have a query already: an embed made on request names its chart in it.
    const code =
      theme && theme !== 'light'
        ? base.replace(
            / src="([^"]*)"/,
            (_, src: string) => ` src="${src}${src.includes('?') ? '&' : '?'}theme=${theme}"`,
          )
        : base;
    snippet.value = code;
    if (preview) {
      const src = / src="([^"]*)"/.exec(code)?.[1];
      const height = / height="(\d+)"/.exec(code)?.[1];
      if (src) preview.src = new URL(src, location.href).pathname + new URL(src, location.href).search;
      if (height) preview.height = height;
    }
  };
  options.addEventListener('change', update);
}
