// Suggestions in the header search box, as an enhancement: without this file the box is a plain form.
// GOV.UK's accessible-autocomplete draws the combobox: keyboard use and screen reader announcements.
const MIN_LENGTH = 2;
const DELAY_MS = 200;

function loadAutocomplete() {
  if (window.accessibleAutocomplete) return Promise.resolve(window.accessibleAutocomplete);
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = new URL("./accessible-autocomplete.min.js", import.meta.url).href;
    script.onload = () => resolve(window.accessibleAutocomplete);
    script.onerror = reject;
    document.head.appendChild(script);
  });
}

function suggestionsSource(url) {
  let timer;
  let controller;
  return (query, populateResults) => {
    clearTimeout(timer);
    if (query.trim().length < MIN_LENGTH) {
      populateResults([]);
      return;
    }
    timer = setTimeout(async () => {
      controller?.abort();
      controller = new AbortController();
      try {
        const response = await fetch(`${url}?query=${encodeURIComponent(query)}`, { signal: controller.signal });
        populateResults(response.ok ? (await response.json()).suggestions : []);
      } catch {
        populateResults([]);
      }
    }, DELAY_MS);
  };
}

function escapeHtml(text) {
  return String(text ?? "").replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

async function enhance(form) {
  const input = form.querySelector("input[name='query']");
  const field = input.parentElement;
  const accessibleAutocomplete = await loadAutocomplete();
  const value = input.value;
  field.replaceChildren();
  accessibleAutocomplete({
    element: field,
    id: input.id,
    name: input.name,
    defaultValue: value,
    minLength: MIN_LENGTH,
    source: suggestionsSource(form.dataset.suggestionsUrl),
    showNoOptionsFound: false,
    displayMenu: "overlay",
    // Leaving the box (Tab to the Search button) must not search: only Enter or a click picks.
    confirmOnBlur: false,
    // The library draws suggestions as HTML: titles are text, so escape them.
    templates: { inputValue: (value) => value ?? "", suggestion: escapeHtml },
    // Picking a suggestion searches for it straight away.
    onConfirm: (chosen) => {
      if (!chosen) return;
      form.querySelector("input[name='query']").value = chosen;
      form.submit();
    },
    tStatusQueryTooShort: (minQueryLength) => `Type ${minQueryLength} or more letters for suggestions`,
    tStatusResults: (length, contentSelectedOption) =>
      `${length} suggestion${length === 1 ? "" : "s"} available. ${contentSelectedOption}`,
  });
  const enhanced = form.querySelector("input[name='query']");
  enhanced.classList.add("govuk-input");
  enhanced.setAttribute("maxlength", "200");
  enhanced.setAttribute("type", "search");
}

document.querySelectorAll("[data-module='lc-search-autocomplete']").forEach((form) => {
  enhance(form).catch(() => {
    // The plain search box is still there and still works.
  });
});
