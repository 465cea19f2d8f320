// Find local support: a map of the services on this page that meet in one place.
import { showListingMap } from "./listing-map.mjs";

showListingMap("support-map", "support-map-settings", ".lc-service-list__item");
