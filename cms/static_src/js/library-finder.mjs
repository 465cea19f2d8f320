// The library finder's enhancements: "Use my location" and a map of the listed libraries.
// Without JavaScript the finder is a plain form and the list is complete.

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

function showMap() {
  const mapElement = document.getElementById("library-map");
  const L = window.L;
  if (!mapElement || !L) return;
  const items = [...document.querySelectorAll(".lc-library-list__item[data-latitude]")];
  if (!items.length) return;
  const settings = JSON.parse(document.getElementById("library-map-settings").textContent);
  // Leaflet would look for its marker images beside leaflet.css by name; the settings name them.
  L.Icon.Default.imagePath = "";
  L.Icon.Default.mergeOptions(settings.markerIcons);

  mapElement.hidden = false;
  const map = L.map(mapElement, { scrollWheelZoom: false });
  L.tileLayer(settings.tileUrl, { attribution: settings.attribution, maxZoom: 18 }).addTo(map);
  const markers = items.map((item) => {
    const marker = L.marker([Number(item.dataset.latitude), Number(item.dataset.longitude)], {
      title: item.dataset.title,
      alt: item.dataset.title,
    });
    const link = document.createElement("a");
    link.href = item.dataset.url;
    link.textContent = item.dataset.title;
    marker.bindPopup(link);
    return marker.addTo(map);
  });
  map.fitBounds(L.featureGroup(markers).getBounds().pad(0.2), { maxZoom: 13 });
}

enableLocateButton();
showMap();
