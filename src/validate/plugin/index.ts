export { checkPluginManifest, type ManifestCheck } from "./check-manifest.js";
export { checkMarketplace, type MarketplaceCheck } from "./check-marketplace.js";
export { checkHooks } from "./check-hooks.js";
export { marketplaceEntryRule, type LocalPluginEntry } from "./rules/marketplace-source.js";
export { parseJsonSource, type JsonSource, type JsonPath } from "./json-source.js";
