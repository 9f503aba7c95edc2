import type { AgentRule } from "../context.js";
import { color } from "./color.js";
import { description } from "./description.js";
import { fieldValues } from "./field-values.js";
import { hookEvents } from "./hook-events.js";
import { hooks } from "./hooks.js";
import { model } from "./model.js";
import { name } from "./name.js";
import { noFrontmatter } from "./no-frontmatter.js";
import { pluginIgnored } from "./plugin-ignored.js";
import { pluginRoot } from "./plugin-root.js";
import { tools } from "./tools.js";
import { unknownKeys } from "./unknown-keys.js";
import { yamlInvalid } from "./yaml-invalid.js";

/** Every agent rule, in the order their findings read best. */
export const agentRules: readonly AgentRule[] = [
  noFrontmatter,
  yamlInvalid,
  name,
  description,
  tools,
  model,
  color,
  fieldValues,
  pluginIgnored,
  hooks,
  hookEvents,
  unknownKeys,
  pluginRoot,
];
