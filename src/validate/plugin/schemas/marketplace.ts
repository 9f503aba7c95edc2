import { z } from "zod";
import type { Finding } from "../finding.js";
import { describeJson, type JsonPath } from "../json-source.js";
import { PLUGIN_MANIFEST_KEYS } from "./plugin-manifest.js";
import { valueAt, zodFindings } from "./zod-findings.js";

const entrySchema = z.looseObject({
  name: z.string().min(1),
  source: z.union([z.string(), z.looseObject({})]),
});

/** The shape of `.claude-plugin/marketplace.json` that the pinned Claude Code release requires. */
export const marketplaceSchema = z.looseObject({
  name: z.string(),
  owner: z.looseObject({ name: z.string() }),
  plugins: z.array(entrySchema),
});

/** Top-level keys marketplace.json may hold (checked against `claude plugin validate`). */
export const MARKETPLACE_KEYS = [
  "$schema", "name", "owner", "plugins", "version", "description", "metadata", "allowCrossMarketplaceDependenciesOn",
] as const;

/** Keys a plugin entry may hold: plugin.json's, plus the marketplace-only ones. */
export const MARKETPLACE_ENTRY_KEYS = [...PLUGIN_MANIFEST_KEYS, "source", "category", "tags", "strict"] as const;

export function marketplaceShapeFindings(marketplace: Record<string, unknown>): Finding[] {
  return zodFindings(marketplaceSchema, marketplace, (path) => classify(marketplace, path));
}

function classify(marketplace: Record<string, unknown>, path: JsonPath): Finding | undefined {
  const field = path[0];
  const value = valueAt(marketplace, path.slice(0, 1));
  switch (field) {
    case "name":
      return value === undefined
        ? { code: "MARKETPLACE_NAME_INVALID", path: [], args: { actual: "(none)", reason: '"name" is missing' } }
        : { code: "MARKETPLACE_NAME_INVALID", path: ["name"], args: { actual: describeJson(value), reason: "it is not a string" } };
    case "owner": {
      const reason =
        value === undefined
          ? '"owner" is missing'
          : path.length > 1
            ? `its "name" is ${describeJson(valueAt(marketplace, path))}`
            : `it is ${describeJson(value)}`;
      return { code: "MARKETPLACE_OWNER_INVALID", path: value === undefined ? [] : ["owner"], args: { reason } };
    }
    case "plugins":
      return classifyPlugins(marketplace, path);
    default:
      return undefined;
  }
}

function classifyPlugins(marketplace: Record<string, unknown>, path: JsonPath): Finding | undefined {
  const plugins = marketplace.plugins;
  const index = path[1];
  if (typeof index !== "number") {
    return {
      code: "MARKETPLACE_PLUGINS_INVALID",
      path: plugins === undefined ? [] : ["plugins"],
      args: { actual: describeJson(plugins) },
    };
  }
  const entry = valueAt(marketplace, ["plugins", index]);
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
    return { code: "MARKETPLACE_PLUGINS_INVALID", path: ["plugins", index], args: { actual: `a list holding ${describeJson(entry)}` } };
  }
  const field = path[2];
  const value = valueAt(entry, [String(field)]);
  const at = value === undefined ? ["plugins", index] : ["plugins", index, String(field)];
  const reason = value === undefined ? "is missing" : `is ${describeJson(value)}`;
  if (field === "name") return { code: "MARKETPLACE_ENTRY_NAME_INVALID", path: at, args: { reason } };
  if (field === "source") return { code: "MARKETPLACE_ENTRY_SOURCE_INVALID", path: at, args: { reason } };
  return undefined;
}
