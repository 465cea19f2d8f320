// Find local support: a map of the services on this page that meet in one place.
import { offerListingMap } from "./listing-map.mjs";

offerListingMap("support-map", "support-map-settings", ".lc-service-list__item");
