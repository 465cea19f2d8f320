// The library finder's enhancements: "Use my location" and a map of the listed libraries.
// Without JavaScript the finder is a plain form and the list is complete.
import { offerListingMap } from "./listing-map.mjs";

const form = document.getElementById("library-finder");

function enableLocateButton() {
  const container = form?.querySelector("[data-library-locate]");
  if (!container || !("geolocation" in navigator)) return;
  const status = container.querySelector("[data-library-locate-status]");
  container.hidden = false;
  container.querySelector("button").addEventListener("click", () => {
    status.textContent = "Finding your location…";
    navigator.geolocation.getCurrentPosition(
      (position) => {
        form.elements.latitude.value = position.coords.latitude.toFixed(5);
        form.elements.longitude.value = position.coords.longitude.toFixed(5);
        form.elements.near.value = "";
        form.submit();
      },
      () => {
        status.textContent = "We could not find your location. Type a town, village or postcode instead.";
      },
      { timeout: 10000 },
    );
  });
}

enableLocateButton();
offerListingMap("library-map", "library-map-settings", ".lc-library-list__item");
