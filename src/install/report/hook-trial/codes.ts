import { doctorCodes } from "../../../diagnostics/codes/doctor.js";
import { render, type ArgsOfSpec } from "../../../diagnostics/define.js";

export type { HookSource } from "../../../diagnostics/codes/doctor.js";

/** The codes of trying a registered hook command: declared and worded in the catalog (src/diagnostics/codes/doctor.ts). */
const HOOK_TRIAL_CODES = [
  "DOCTOR_HOOK_MISSING",
  "DOCTOR_HOOK_PROGRAM_MISSING",
  "DOCTOR_HOOK_FAILED",
  "DOCTOR_HOOK_TIMEOUT",
  "DOCTOR_HOOK_WRONG_ANSWER",
  "DOCTOR_HOOK_QUOTING",
  "DOCTOR_ROUTING_QUIET",
] as const;

export type HookTrialCode = (typeof HOOK_TRIAL_CODES)[number];

export const hookTrialCodes = Object.fromEntries(HOOK_TRIAL_CODES.map((code) => [code, doctorCodes[code]])) as Pick<typeof doctorCodes, HookTrialCode>;

/** The arguments a hook code takes. */
export type HookTrialArgs<C extends HookTrialCode> = ArgsOfSpec<(typeof doctorCodes)[C]>;

/** One worded finding from a hook code and its arguments. */
export function hookFinding<C extends HookTrialCode>(code: C, args: HookTrialArgs<C>): { code: C; severity: "error" | "warning" | "info"; message: string; next: string } {
  const { message, hint } = render(doctorCodes[code], args as never);
  return { code, severity: doctorCodes[code].severity, message, next: hint };
}
