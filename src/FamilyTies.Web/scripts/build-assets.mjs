// Copies GOV.UK Frontend and MoJ Frontend from node_modules into wwwroot/assets (no CDN).
import { cpSync, mkdirSync, writeFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "wwwroot", "assets");
const govuk = join(root, "node_modules", "govuk-frontend", "dist", "govuk");
const moj = join(root, "node_modules", "@ministryofjustice", "frontend", "moj");

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "css"), { recursive: true });
mkdirSync(join(out, "js"), { recursive: true });

cpSync(join(govuk, "assets"), out, { recursive: true });
cpSync(join(moj, "assets"), out, { recursive: true });
cpSync(join(govuk, "govuk-frontend.min.css"), join(out, "css", "govuk-frontend.min.css"));
cpSync(join(govuk, "govuk-frontend.min.js"), join(out, "js", "govuk-frontend.min.js"));
cpSync(join(moj, "moj-frontend.min.css"), join(out, "css", "moj-frontend.min.css"));
cpSync(join(moj, "moj-frontend.min.js"), join(out, "js", "moj-frontend.min.js"));
// Browsers ask for /favicon.ico on their own; serve it before sign-in is needed.
cpSync(join(govuk, "assets", "images", "favicon.ico"), join(root, "wwwroot", "favicon.ico"));
writeFileSync(join(out, ".built"), new Date().toISOString());
console.log("FamilyTies front-end assets copied to wwwroot/assets");
