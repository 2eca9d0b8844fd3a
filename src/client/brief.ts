/** The briefing sheet's print button (shown only when scripts run). */
const button = document.getElementById('print');
if (button) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
