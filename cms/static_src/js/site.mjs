// Progressive enhancement only: every page works without this file.
import { initAll } from "./govuk-frontend.min.js";
import "./search-autocomplete.mjs";

initAll();

// Browsers without ::details-content styling still print every section open.
window.addEventListener("beforeprint", () => {
  document.querySelectorAll("details:not([open])").forEach((details) => {
    details.setAttribute("open", "");
    details.dataset.openedForPrint = "true";
  });
});
window.addEventListener("afterprint", () => {
  document.querySelectorAll("details[data-opened-for-print]").forEach((details) => {
    details.removeAttribute("open");
    delete details.dataset.openedForPrint;
  });
});
