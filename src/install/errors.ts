import { installCodes } from "../diagnostics/codes/install.js";
import { render, type ArgsOfSpec, type ArgsParam } from "../diagnostics/define.js";

/** The installer's codes are declared, and worded, in the catalog (src/diagnostics/codes/install.ts). */
export const installErrorCatalog = installCodes;

export type InstallErrorCode = keyof typeof installErrorCatalog;

/** A failure of the installer: data, with wording from the catalog. */
export interface InstallError {
  code: InstallErrorCode;
  message: string;
  hint: string;
  /** The values the wording was made from, kept as data for --json. */
  args: Readonly<Record<string, string | number>>;
  /** The file or folder concerned, when there is one. */
  path?: string;
  /** Further lines of evidence (e.g. each validation finding), shown under the message. */
  details?: string[];
}

/**
 * Something a run that went ahead (or would) should say: same shape and catalog as an error, printed as a
 * warning and carried in the outcome's `warnings`.
 */
export type InstallWarning = InstallError;

/** The arguments an installer code's wording takes. */
export type InstallErrorArgs<C extends InstallErrorCode> = ArgsOfSpec<(typeof installCodes)[C]>;

export function installError<C extends InstallErrorCode>(code: C, ...rest: ArgsParam<InstallErrorArgs<C>>): InstallError {
  const args = (rest[0] ?? {}) as InstallErrorArgs<C>;
  const error: InstallError = { code, ...render(installCodes[code], args as never), args: args as Readonly<Record<string, string | number>> };
  const path = (args as { path?: unknown }).path;
  if (typeof path === "string") error.path = path;
  return error;
}

/** A typed result: the value, or the failure. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: InstallError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: InstallError): Result<T> => ({ ok: false, error });
