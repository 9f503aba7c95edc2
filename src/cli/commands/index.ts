import type { RegisterCommand } from "../context.js";

/**
 * Every command of the `backend-architect` CLI, by the name it registers, loaded only when it runs:
 * a hook that calls `route` must not pay for the validator or the installer. One line per command file.
 */
export const commands: Record<string, () => Promise<RegisterCommand>> = {
  route: async () => (await import("./route.js")).registerRoute,
  install: async () => (await import("./install.js")).registerInstall,
  uninstall: async () => (await import("./uninstall.js")).registerUninstall,
  status: async () => (await import("./status.js")).registerStatus,
  doctor: async () => (await import("./doctor.js")).registerDoctor,
  validate: async () => (await import("./validate.js")).registerValidate,
  inspect: async () => (await import("./inspect.js")).registerInspect,
  check: async () => (await import("./check.js")).registerCheck,
};
