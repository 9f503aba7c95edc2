import { isAbsolute, relative, resolve } from "node:path";

/**
 * Paths inside the check are absolute (the engine resolves `$ref`s against them); findings and
 * `readFile` use the form the caller gave: a relative file keeps its referenced files relative
 * to the same working folder.
 */
export interface FileNames {
  root: string;
  display(absolute: string): string;
}

export function fileNames(file: string): FileNames {
  const root = resolve(file);
  return {
    root,
    display: (absolute) => {
      if (absolute === root) return file;
      return isAbsolute(file) ? absolute : relative(process.cwd(), absolute);
    },
  };
}
