import { initAll } from '/assets/js/govuk-frontend.min.js';
initAll();
