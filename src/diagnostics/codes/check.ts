import { code, family } from "../define.js";

/** Codes about the paths given to `backend-architect check` itself. These make it exit 2. */
export const checkCodes = family("check", {
  CHECK_PATH_NOT_FOUND: code({
    severity: "error",
    title: "Path not found",
    message: () => "This path does not exist, so there is nothing to check.",
    hint: () => "Check the path; check takes migration files (.sql), migration folders, OpenAPI documents (.yaml, .yml, .json) and folders holding them.",
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
