import { initAll } from '/assets/js/govuk-frontend.min.js';
initAll();
document.querySelectorAll('[data-ft-print]').forEach((button) => button.addEventListener('click', () => window.print()));
