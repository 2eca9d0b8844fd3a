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
