import type { RoutingMode } from "./types.js";

export const ROUTING_MODES = ["auto", "explicit", "off"] as const satisfies readonly RoutingMode[];

/** Where a user sets the mode: the plugin option (`/plugin configure`) and an environment variable (settings.json `env`). */
export const ROUTING_ENV = { pluginOption: "CLAUDE_PLUGIN_OPTION_ROUTING", variable: "BACKEND_ARCHITECT_ROUTING" } as const;

/** A mode from a setting's text (case and spaces ignored), or `undefined` when it is not one. */
export function parseRoutingMode(value: string | undefined): RoutingMode | undefined {
  const text = value?.trim().toLowerCase();
  return ROUTING_MODES.find((mode) => mode === text);
}

/**
 * The mode the hook runs in: the most restrictive of the plugin option and BACKEND_ARCHITECT_ROUTING
 * (off < explicit < auto), so wherever a user turns routing down, it is down. Unset or unknown values
 * count as `auto`.
 */
export function routingModeFrom(env: Readonly<Record<string, string | undefined>>): RoutingMode {
  const set = [env[ROUTING_ENV.pluginOption], env[ROUTING_ENV.variable]].map(parseRoutingMode);
  if (set.includes("off")) return "off";
  if (set.includes("explicit")) return "explicit";
  return "auto";
}
