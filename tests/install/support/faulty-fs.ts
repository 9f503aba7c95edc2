import { nodeFs, type InstallFileHandle, type InstallFs } from "../../../src/install/io/fs.js";

export interface FaultyFs {
  fs: InstallFs;
  code: string;
}

export function errno(code: string, syscall: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected failure, ${syscall}`), { code, syscall });
}

/** The real file system, except that `op` fails with `code` (for paths matching `when`, if given). */
export function failing(op: keyof InstallFs, code: string, when: (path: string) => boolean = () => true): FaultyFs {
  const fs: InstallFs = {
    ...nodeFs,
    [op]: async (path: string, ...rest: unknown[]) => {
      if (when(path)) throw errno(code, op);
      return (nodeFs[op] as (...args: unknown[]) => Promise<unknown>)(path, ...rest);
    },
  };
  return { fs, code };
}

/** The real file system, except that every opened file's `op` fails with `code`. */
export function failingHandle(op: keyof InstallFileHandle, code: string): FaultyFs {
  const fs: InstallFs = {
    ...nodeFs,
    open: async (path, flags, mode) => {
      const handle = await nodeFs.open(path, flags, mode);
      return {
        write: (data) => handle.write(data),
        chmod: (m) => handle.chmod(m),
        sync: () => handle.sync(),
        close: () => handle.close(),
        [op]: async () => {
          throw errno(code, op);
        },
      };
    },
  };
  return { fs, code };
}
