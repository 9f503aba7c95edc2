import { render, type Args, type ArgsOfSpec, type ArgsParam, type CodeSpec } from "./define.js";
import type { Diagnostic, Range } from "./types.js";

/**
 * The diagnostic constructor of a set of families: severity and wording from their declarations, the
 * arguments kept as data. Each checker builds its own from the families it emits, so a bundle (the check
 * hook, say) carries those families and no other.
 */
export function diagnosticFor<T extends Readonly<Record<string, CodeSpec<never>>>>(codes: T) {
  return function diagnostic<C extends keyof T & string>(code: C, file: string, range: Range, ...rest: ArgsParam<ArgsOfSpec<T[C]>>): Diagnostic {
    const args = (rest[0] ?? {}) as Args;
    const spec = codes[code] as CodeSpec<never>;
    const { message, hint } = render(spec, args as never);
    return { code, severity: spec.severity, file, start: range.start, end: range.end, message, hint, args };
  };
}
