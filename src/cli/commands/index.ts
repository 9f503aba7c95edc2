import type { Command } from "commander";
import type { CommandContext } from "../context.js";
import { registerRoute } from "./route.js";
import { registerInstall } from "./install.js";
import { registerUninstall } from "./uninstall.js";
import { registerStatus } from "./status.js";
import { registerDoctor } from "./doctor.js";
import { registerValidate } from "./validate.js";

/** A CLI command registers itself on the program; the program is the only thing that prints. */
export type RegisterCommand = (program: Command, context: CommandContext) => void;

/** Every command of the `backend-architect` CLI. One line per command file. */
export const commands: RegisterCommand[] = [
  registerRoute,
  registerInstall,
  registerUninstall,
  registerStatus,
  registerDoctor,
  registerValidate,
];
