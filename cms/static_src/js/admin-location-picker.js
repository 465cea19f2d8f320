// Admin: place a library on a map. Clicking the map (or dragging the pin) fills in latitude and
// longitude; typing them moves the pin. The fields stay the real input, so this is optional.
(function () {
  function init() {
    const latitude = document.getElementById("id_latitude");
    const longitude = document.getElementById("id_longitude");
    const config = document.getElementById("library-map-config");
    if (!latitude || !longitude || !config || !window.L || latitude.dataset.mapReady) return;
    latitude.dataset.mapReady = "true";
    const settings = JSON.parse(config.textContent);

    const container = document.createElement("div");
    container.className = "library-location-map";
    container.style.height = "320px";
    container.style.marginBottom = "1rem";
    container.setAttribute("role", "region");
    container.setAttribute("aria-label", "Map: click to set the library's location");
    const row = latitude.closest(".w-field-row") || latitude.closest(".w-field__wrapper") || latitude;
    row.parentNode.insertBefore(container, row);

    const L = window.L;
    const start = latitude.value && longitude.value ? [Number(latitude.value), Number(longitude.value)] : settings.centre;
    // Leaflet would look for its marker images beside leaflet.css by name; the settings name them.
    L.Icon.Default.imagePath = "";
    L.Icon.Default.mergeOptions(settings.markerIcons);
    const map = L.map(container).setView(start, latitude.value ? 15 : 10);
    L.tileLayer(settings.tileUrl, { attribution: settings.attribution, maxZoom: 19 }).addTo(map);
    const marker = L.marker(start, { draggable: true, title: "Library location" }).addTo(map);

    function setFields(latlng) {
      latitude.value = latlng.lat.toFixed(6);
      longitude.value = latlng.lng.toFixed(6);
      latitude.dispatchEvent(new Event("change", { bubbles: true }));
    }
    map.on("click", (event) => {
      marker.setLatLng(event.latlng);
      setFields(event.latlng);
    });
    marker.on("dragend", () => setFields(marker.getLatLng()));
    [latitude, longitude].forEach((input) =>
      input.addEventListener("change", () => {
        if (latitude.value && longitude.value) marker.setLatLng([Number(latitude.value), Number(longitude.value)]);
      }),
    );
    // The map may be in a tab that was hidden when it was drawn.
    document.addEventListener("wagtail:tab-changed", () => map.invalidateSize());
    document.querySelectorAll('[role="tab"]').forEach((tab) => {
      tab.addEventListener("click", () => setTimeout(() => map.invalidateSize(), 50));
    });
  }
  document.addEventListener("DOMContentLoaded", init);
  window.addEventListener("load", init);
})();
