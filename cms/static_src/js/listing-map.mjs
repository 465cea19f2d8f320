// A map of the places in a listing (libraries, support services), drawn when the resident asks for
// it. Every listing is complete without it; until then neither Leaflet nor a single map tile (from
// the tile server the council configures) is downloaded, which matters on a slow or metered phone.
// Each listed item with a position carries data-latitude, data-longitude, data-title and data-url;
// the settings (tiles, marker images, Leaflet's files) come from a JSON script element, and the
// button that shows and hides the map names the map in aria-controls.

const SHOW = "Show on a map";
const HIDE = "Hide the map";

let leafletLoading = null;

function loaded(element) {
  return new Promise((resolve, reject) => {
    element.addEventListener("load", resolve, { once: true });
    element.addEventListener("error", reject, { once: true });
    document.head.append(element);
  });
}

// Leaflet's stylesheet and script, fetched once however often the button is pressed; after a
// failure they are taken out again so that the next press starts afresh.
function loadLeaflet(files) {
  if (window.L) return Promise.resolve(window.L);
  leafletLoading ??= (async () => {
    const stylesheet = Object.assign(document.createElement("link"), { rel: "stylesheet", href: files.stylesheet });
    const script = Object.assign(document.createElement("script"), { src: files.script });
    try {
      await Promise.all([loaded(stylesheet), loaded(script)]);
      return window.L;
    } catch (error) {
      stylesheet.remove();
      script.remove();
      leafletLoading = null;
      throw error;
    }
  })();
  return leafletLoading;
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
  const status = document.querySelector(`[data-map-status="${mapId}"]`);
  const items = [...document.querySelectorAll(`${itemSelector}[data-latitude]`)];
  if (!mapElement || !button || !status || !items.length) return;
  const settings = JSON.parse(document.getElementById(settingsId).textContent);
  let map = null;
  let loading = false;

  function show(shown) {
    mapElement.hidden = !shown;
    button.setAttribute("aria-expanded", String(shown));
    button.textContent = shown ? HIDE : SHOW;
  }

  button.hidden = false;
  button.addEventListener("click", async () => {
    if (loading) return;
    if (button.getAttribute("aria-expanded") === "true") {
      show(false);
      return;
    }
    loading = true;
    status.textContent = "Loading the map…";
    try {
      const L = await loadLeaflet(settings.leaflet);
      show(true);
      map ??= drawMap(L, mapElement, settings, items);
      map.invalidateSize();
      status.textContent = "";
    } catch {
      show(false);
      status.textContent = "The map could not be loaded. Check your connection and try again.";
    } finally {
      loading = false;
    }
  });
}
