// Activation: the npm-only Bash guard, and the settings.json edits for non-plugin installs. The prompt router is src/router/.
export { checkNpmOnly, denialReason, type BashVerdict } from "./bash-guard.js";
export { ACTIVATION_HOOK_MARKER, addActivationHooks, removeActivationHooks, type ActivationHook, type SettingsEdit } from "./settings.js";
