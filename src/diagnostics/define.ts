import type { Severity } from "./types.js";

/**
 * What a code's wording is made from: named values, each a string or a number, so a finding keeps them as
 * data (its `args` in --json and SARIF) and the text can be made again from them.
 */
export type Args = Readonly<Record<string, string | number>>;

/** The arguments of a code that takes none: passing any is a type error. */
export type NoArgs = Readonly<Record<string, never>>;

/** The families of codes: each is one small file of src/diagnostics/codes/, so a bundle carries only those it uses. */
export type Family = "agent" | "plugin" | "path" | "fix" | "check" | "migration" | "openapi" | "install" | "doctor" | "usage" | "route";

/** One permanent code as its family file declares it. */
export interface CodeSpec<A> {
  severity: Severity;
  /** A few words naming the problem, for headings and rule lists. */
  title: string;
  /** What is wrong and why it matters in Claude Code. No position, no "Error:" prefix. */
  message: (args: A) => string;
  /** What to do about it. */
  hint: (args: A) => string;
  /** The rule of a peer tool (squawk, eugene, Spectral, Redocly, OWASP) it corresponds to, where one does. */
  peer?: string;
}

/**
 * Declares one code; `A` is inferred from the parameter of `message` (none: the code takes no arguments), and
 * `hint` gets the same. An emitter that forgets an argument, misspells one or passes one the wording does not
 * take fails to compile.
 */
export function code<A extends { readonly [K in keyof A]: string | number } = NoArgs>(spec: CodeSpec<A>): CodeSpec<A> {
  return spec;
}

/** A family's codes, each with the family named. */
export type FamilyOf<F extends Family, T> = { readonly [K in keyof T]: T[K] & { readonly family: F } };

/** Names the family of every code of a family file. */
// `T` is constrained without naming the arguments: a contextual `CodeSpec<never>` would make `code()` infer
// `never` for a code that takes none.
export function family<F extends Family, T extends Record<string, { severity: Severity; title: string }>>(name: F, codes: T): FamilyOf<F, T> {
  const named: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(codes)) named[key] = { ...spec, family: name };
  return named as FamilyOf<F, T>;
}

/** The arguments a declared code takes. */
export type ArgsOfSpec<S> = S extends CodeSpec<infer A> ? A : never;

/** A count and its noun, in the plural unless the count is one: `1 error`, `3 errors`. */
export const counted = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? "" : "s"}`;

/** The arguments as a rest parameter: optional when the code takes none (or only optional ones). */
export type ArgsParam<A> = Record<string, never> extends A ? [args?: A] : [args: A];

/** A code's declaration as the docs, SARIF and the tests read it: the arguments no longer known. */
export interface AnyCodeSpec {
  readonly family: Family;
  readonly severity: Severity;
  readonly title: string;
  readonly message: (args: never) => string;
  readonly hint: (args: never) => string;
  readonly peer?: string;
}

/** The one place a code and its arguments become words. */
export function render<S extends CodeSpec<never>>(spec: S, args: ArgsOfSpec<S>): { message: string; hint: string } {
  const typed = spec as unknown as CodeSpec<ArgsOfSpec<S>>;
  return { message: typed.message(args), hint: typed.hint(args) };
}
