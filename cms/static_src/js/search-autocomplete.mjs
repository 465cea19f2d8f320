// Suggestions in the header search box, as an enhancement: without this file the box is a plain form.
// GOV.UK's accessible-autocomplete draws the combobox: keyboard use and screen reader announcements.
// Enter searches for what was typed; choosing a suggestion opens its page; Escape closes the list
// and leaves the cursor in the box.
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

// A suggestion is {title, url}; the library also passes the typed text back as a plain string.
const titleOf = (suggestion) => (typeof suggestion === "string" ? suggestion : suggestion?.title ?? "");

// The library keeps Enter for choosing a suggestion while the list is open, even when none is
// highlighted (a highlighted suggestion has the focus, so its Enter never reaches the box): Enter in
// the box should do what it does in any search box.
function searchOnEnter(form, input) {
  input.addEventListener(
    "keydown",
    (event) => {
      // Not while an input method is still composing a word (Chinese, Japanese...).
      if (event.key !== "Enter" || event.isComposing || input.getAttribute("aria-expanded") !== "true") return;
      event.preventDefault();
      event.stopImmediatePropagation();
      form.requestSubmit();
    },
    { capture: true },
  );
}

// Escape on a highlighted suggestion closes the list, which takes the focused suggestion away and
// leaves focus nowhere. Moving focus back to the box just before the library handles the key keeps
// it there, and the library still closes the list.
function keepFocusOnEscape(field, input) {
  field.addEventListener(
    "keydown",
    (event) => {
      if (event.key === "Escape" && document.activeElement !== input) input.focus();
    },
    { capture: true },
  );
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
    templates: { inputValue: titleOf, suggestion: (suggestion) => escapeHtml(titleOf(suggestion)) },
    onConfirm: (chosen) => {
      if (chosen?.url) window.location.assign(chosen.url);
    },
    tStatusQueryTooShort: (minQueryLength) => `Type ${minQueryLength} or more letters for suggestions`,
    tStatusResults: (length, contentSelectedOption) =>
      `${length} suggestion${length === 1 ? "" : "s"} available. ${contentSelectedOption}`,
  });
  const enhanced = form.querySelector("input[name='query']");
  enhanced.classList.add("govuk-input");
  enhanced.setAttribute("maxlength", "200");
  enhanced.setAttribute("type", "search");
  searchOnEnter(form, enhanced);
  keepFocusOnEscape(field, enhanced);
}

document.querySelectorAll("[data-module='lc-search-autocomplete']").forEach((form) => {
  enhance(form).catch(() => {
    // The plain search box is still there and still works.
  });
});
