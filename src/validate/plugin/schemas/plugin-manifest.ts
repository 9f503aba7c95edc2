import { z } from "zod";
import type { Finding } from "../finding.js";
import { describeJson, type JsonPath } from "../json-source.js";
import { valueAt, zodFindings } from "./zod-findings.js";

/** The shape the pinned Claude Code release requires of the fields we check; meaning is left to the rules. */
export const pluginManifestSchema = z.looseObject({
  name: z.string(),
  version: z.string().optional(),
  description: z.string().optional(),
  author: z.looseObject({ name: z.string() }).optional(),
  homepage: z.url().optional(),
  repository: z.string().optional(),
  keywords: z.array(z.string()).optional(),
});

export type PluginManifest = z.infer<typeof pluginManifestSchema>;

/** Every top-level key plugin.json may hold (checked against `claude plugin validate`). */
export const PLUGIN_MANIFEST_KEYS = [
  "$schema", "name", "displayName", "version", "description", "author", "homepage", "repository", "license",
  "keywords", "icon", "engines", "experimental", "dependencies", "settings", "channels", "userConfig",
  "commands", "agents", "skills", "hooks", "mcpServers", "lspServers", "outputStyles", "monitors", "themes",
  "workflows", "network", "defaultEnabled", "metadata",
] as const;

export function pluginManifestShapeFindings(manifest: Record<string, unknown>): Finding[] {
  return zodFindings(pluginManifestSchema, manifest, (path) => classify(manifest, path));
}

function classify(manifest: Record<string, unknown>, path: JsonPath): Finding | undefined {
  const field = path[0];
  const value = manifest[String(field)];
  const actual = describeJson(value);
  switch (field) {
    case "name":
      return value === undefined
        ? { code: "PLUGIN_NAME_MISSING", path: [] }
        : { code: "PLUGIN_NAME_INVALID", path: ["name"], args: { actual, reason: "it is not a string" } };
    case "version":
      return { code: "PLUGIN_VERSION_NOT_STRING", path: ["version"], args: { actual, suggestion: suggestVersion(value) } };
    case "description":
      return { code: "PLUGIN_DESCRIPTION_NOT_STRING", path: ["description"], args: { actual } };
    case "author": {
      const reason =
        typeof value === "object" && value !== null && !Array.isArray(value)
          ? `its "name" is ${describeJson(valueAt(value, ["name"]))}`
          : `it is ${actual}`;
      const at = path.length > 1 && valueAt(manifest, path) !== undefined ? path : ["author"];
      return { code: "PLUGIN_AUTHOR_INVALID", path: at, args: { reason } };
    }
    case "homepage":
      return { code: "PLUGIN_HOMEPAGE_INVALID", path: ["homepage"], args: { actual } };
    case "repository":
      return { code: "PLUGIN_REPOSITORY_NOT_STRING", path: ["repository"], args: { actual } };
    case "keywords": {
      const index = path[1];
      return typeof index === "number"
        ? {
            code: "PLUGIN_KEYWORDS_INVALID",
            path: ["keywords", index],
            args: { reason: `item ${index + 1} is ${describeJson(valueAt(manifest, path))}` },
          }
        : { code: "PLUGIN_KEYWORDS_INVALID", path: ["keywords"], args: { reason: `it is ${actual}` } };
    }
    default:
      return undefined;
  }
}

function suggestVersion(value: unknown): string {
  if (typeof value === "number" && Number.isFinite(value)) {
    const text = String(value);
    return /^\d+$/.test(text) ? `${text}.0.0` : /^\d+\.\d+$/.test(text) ? `${text}.0` : text;
  }
  return "1.0.0";
}
