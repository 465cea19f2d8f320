// A map of the places in a listing (libraries, support services), drawn when the resident asks for
// it. Every listing is complete without it; until then neither Leaflet nor a single map tile (from
// the tile server the council configures) is downloaded, which matters on a slow or metered phone.
// Each listed item with a position carries data-latitude, data-longitude, data-title and data-url;
// the settings (tiles, marker images, Leaflet's files) come from a JSON script element, and the
// button that shows and hides the map names the map in aria-controls.

const SHOW = "Show on a map";
const HIDE = "Hide the map";

function loadLeaflet(files) {
  if (window.L) return Promise.resolve(window.L);
  const stylesheet = document.createElement("link");
  stylesheet.rel = "stylesheet";
  stylesheet.href = files.stylesheet;
  document.head.append(stylesheet);
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = files.script;
    script.onload = () => resolve(window.L);
    script.onerror = reject;
    document.head.append(script);
  });
}

function drawMap(L, mapElement, settings, items) {
  // Leaflet would look for its marker images beside leaflet.css by name; the settings name them.
  L.Icon.Default.imagePath = "";
  L.Icon.Default.mergeOptions(settings.markerIcons);
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
  return map;
}

export function offerListingMap(mapId, settingsId, itemSelector) {
  const mapElement = document.getElementById(mapId);
  const button = document.querySelector(`button[aria-controls="${mapId}"]`);
  const items = [...document.querySelectorAll(`${itemSelector}[data-latitude]`)];
  if (!mapElement || !button || !items.length) return;
  const settings = JSON.parse(document.getElementById(settingsId).textContent);
  let map = null;

  function show(shown) {
    mapElement.hidden = !shown;
    button.setAttribute("aria-expanded", String(shown));
    button.textContent = shown ? HIDE : SHOW;
  }

  button.hidden = false;
  button.addEventListener("click", async () => {
    if (button.getAttribute("aria-expanded") === "true") {
      show(false);
      return;
    }
    try {
      const L = await loadLeaflet(settings.leaflet);
      show(true);
      map ??= drawMap(L, mapElement, settings, items);
      map.invalidateSize();
    } catch {
      button.textContent = "The map could not be loaded. Try again";
    }
  });
}
