import { code, family } from "../define.js";

/** Codes about the paths given to `backend-architect check` itself. These make it exit 2. */
export const checkCodes = family("check", {
  CHECK_PATH_NOT_FOUND: code({
    severity: "error",
    title: "Path not found",
    message: () => "This path does not exist, so there is nothing to check.",
    hint: () => "Check the path; check takes migration files (.sql), migration folders, OpenAPI documents (.yaml, .yml, .json) and folders holding them.",
  }),
  CHECK_SINCE_UNAVAILABLE: code({
    severity: "error",
    title: "git could not answer --since",
    message: (a: { ref: string; reason: string }) =>
      `check --since ${a.ref} could not ask git which migrations are unchanged (${a.reason}), so every migration was checked as if the folder were applied to an empty database.`,
    hint: () => "Run check inside a git clone that has the revision (in GitHub Actions: actions/checkout with fetch-depth: 0), or leave --since out.",
  }),
  CHECK_PATH_UNREADABLE: code({
    severity: "error",
    title: "Path unreadable",
    message: (a: { reason: string }) => `This path could not be read (${a.reason}), so nothing in it was checked.`,
    hint: () => "Check the file's permissions and that it is a regular file or a folder.",
  }),
  CHECK_NOTHING_TO_CHECK: code({
    severity: "warning",
    title: "Nothing to check",
    message: () => "This path is not, and does not hold, a migration (.sql) or an OpenAPI document, so nothing was checked.",
    hint: () => "Point check at a migration file or folder (e.g. db/migrations, prisma/migrations) or at an OpenAPI document.",
  }),
});
