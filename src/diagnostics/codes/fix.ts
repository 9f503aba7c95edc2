import { code, family } from "../define.js";

/** Codes about `validate --fix` itself. */
export const fixCodes = family("fix", {
  FIX_WRITE_FAILED: code({
    severity: "error",
    title: "--fix could not write",
    message: (a: { step: string; reason: string }) => `--fix could not ${a.step} this file (${a.reason}); it is left exactly as it was.`,
    hint: () => "Check that the file and its folder are writable, then run validate --fix again.",
  }),
});
