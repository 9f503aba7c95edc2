import type { Finding } from "../finding.js";
import { describeJson } from "../json-source.js";

const AGENT_FILE_PATH = /^\.\/.+\.md$/;

/**
 * An `agents` key replaces the scan of agents/; a value that is not a `./...md` path (a folder,
 * say) makes the whole plugin fail to load.
 */
export function pluginAgentsKeyRule(manifest: Record<string, unknown>): Finding[] {
  if (!("agents" in manifest)) return [];
  const value = manifest.agents;
  const entries: [unknown, (string | number)[]][] = Array.isArray(value)
    ? value.map((item, index) => [item, ["agents", index]])
    : [[value, ["agents"]]];
  const bad = entries.filter(([item]) => typeof item !== "string" || !AGENT_FILE_PATH.test(item));
  if (bad.length > 0) {
    return bad.map(([item, path]) => ({ code: "PLUGIN_AGENTS_KEY_INVALID", path, args: { actual: describeJson(item) } }));
  }
  return [{ code: "PLUGIN_AGENTS_KEY_SET", path: ["agents"], part: "key" }];
}
