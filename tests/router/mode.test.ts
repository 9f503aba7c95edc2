import { describe, expect, it } from "vitest";
import { parseRoutingMode, routingModeFrom } from "../../src/router/mode.js";

describe("the routing mode the hook runs in", () => {
  it.each([
    [{}, "auto"],
    [{ CLAUDE_PLUGIN_OPTION_ROUTING: "explicit" }, "explicit"],
    [{ CLAUDE_PLUGIN_OPTION_ROUTING: "off" }, "off"],
    [{ BACKEND_ARCHITECT_ROUTING: "explicit" }, "explicit"],
    [{ BACKEND_ARCHITECT_ROUTING: " OFF " }, "off"],
    // the more restrictive setting wins, wherever it is set
    [{ CLAUDE_PLUGIN_OPTION_ROUTING: "auto", BACKEND_ARCHITECT_ROUTING: "off" }, "off"],
    [{ CLAUDE_PLUGIN_OPTION_ROUTING: "off", BACKEND_ARCHITECT_ROUTING: "auto" }, "off"],
    [{ CLAUDE_PLUGIN_OPTION_ROUTING: "explicit", BACKEND_ARCHITECT_ROUTING: "auto" }, "explicit"],
    // an unknown value is no setting
    [{ BACKEND_ARCHITECT_ROUTING: "never" }, "auto"],
    [{ CLAUDE_PLUGIN_OPTION_ROUTING: "", BACKEND_ARCHITECT_ROUTING: "explicit" }, "explicit"],
  ])("%j → %s", (env, mode) => {
    expect(routingModeFrom(env)).toBe(mode);
  });

  it.each([
    ["auto", "auto"],
    ["Explicit", "explicit"],
    ["off\n", "off"],
    ["no", undefined],
    [undefined, undefined],
  ])("parseRoutingMode(%j) = %s", (text, mode) => {
    expect(parseRoutingMode(text)).toBe(mode);
  });
});
