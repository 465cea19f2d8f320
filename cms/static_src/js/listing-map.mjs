// A map of the places in a listing (libraries, support services): an enhancement, as every listing
// is complete without it. Each listed item with a position carries data-latitude, data-longitude,
// data-title and data-url; the settings (tiles, marker images) come from a JSON script element.

export function showListingMap(mapId, settingsId, itemSelector) {
  const mapElement = document.getElementById(mapId);
  const L = window.L;
  if (!mapElement || !L) return;
  const items = [...document.querySelectorAll(`${itemSelector}[data-latitude]`)];
  if (!items.length) return;
  const settings = JSON.parse(document.getElementById(settingsId).textContent);
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
