// Builds the front end into cms/static/dist: our Sass (GOV.UK Frontend restyled for the council)
// and GOV.UK Frontend's JavaScript, straight from node_modules so nothing vendored goes stale.
import { copyFileSync, cpSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as sass from "sass";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = join(root, "cms", "static_src");
const dist = join(root, "cms", "static", "dist");
const govuk = join(root, "node_modules", "govuk-frontend", "dist", "govuk");

mkdirSync(dist, { recursive: true });

const css = sass.compile(join(src, "scss", "main.scss"), {
  loadPaths: [join(root, "node_modules")],
  style: "compressed",
  // GOV.UK Frontend still uses a few deprecated Sass features internally.
  quietDeps: true,
  silenceDeprecations: ["import"],
});
writeFileSync(join(dist, "main.css"), css.css);

copyFileSync(join(govuk, "govuk-frontend.min.js"), join(dist, "govuk-frontend.min.js"));
// GOV.UK Frontend's footer styles refer to the crest; we never show it, but the production static
// storage refuses to collect a stylesheet whose references are missing.
mkdirSync(join(dist, "images"), { recursive: true });
copyFileSync(join(govuk, "assets", "images", "govuk-crest.svg"), join(dist, "images", "govuk-crest.svg"));
for (const script of ["site.mjs", "search-autocomplete.mjs", "library-finder.mjs", "listing-map.mjs", "support-directory.mjs", "admin-location-picker.js"]) {
  copyFileSync(join(src, "js", script), join(dist, script));
}
// Leaflet for the maps (an enhancement: every page works without it), with its marker images.
cpSync(join(root, "node_modules", "leaflet", "dist"), join(dist, "leaflet"), {
  recursive: true,
  filter: (path) => !path.includes("leaflet-src"),
});
copyFileSync(join(src, "images", "favicon.svg"), join(dist, "favicon.svg"));
// GOV.UK's accessible autocomplete for the header search box (loaded by search-autocomplete.mjs),
// with its source map, which the minified file refers to.
for (const file of ["accessible-autocomplete.min.js", "accessible-autocomplete.min.js.map"]) {
  copyFileSync(join(root, "node_modules", "accessible-autocomplete", "dist", file), join(dist, file));
}

console.log(`Front end built into ${dist}`);
