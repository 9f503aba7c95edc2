import type { CodeEntry } from "./types.js";

/** Codes about plugin.json, marketplace.json and hooks/hooks.json. Owned by the plugin validator. */
export const pluginCodes = {} satisfies Record<string, CodeEntry>;
