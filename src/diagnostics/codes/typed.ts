import type { Severity } from "../types.js";
import type { CodeArgs, CodeEntry } from "./types.js";

/** The values a typed code's wording takes: named, and each a string or a number, so they survive into JSON. */
export type TypedArgs = Readonly<Record<string, string | number>>;

/**
 * A code whose wording declares the arguments it needs, e.g. `message: (a: { table: string }) => ...`.
 * A check that forgets an argument, or passes one the wording does not take, is a type error.
 */
export interface TypedCodeEntry<A extends TypedArgs> {
  severity: Severity;
  /** What is wrong and why it matters. No position, no "Error:" prefix. */
  message: (args: A) => string;
  /** What to do about it. */
  hint: (args: A) => string;
}

/** Declares one typed code; `A` is inferred from the parameter of `message`. */
export function typedCode<A extends TypedArgs>(entry: TypedCodeEntry<A>): TypedCodeEntry<A> {
  return entry;
}

/** The arguments a code of a typed family takes. */
export type ArgsOf<F, C extends keyof F> = F[C] extends TypedCodeEntry<infer A> ? A : never;

/**
 * A typed family as the catalog holds every family (`CodeEntry`, arguments by name). Sound because typed
 * families are only reached through their own typed constructor, which passes exactly the declared arguments.
 */
export function asCatalogEntries<F extends Record<string, TypedCodeEntry<never>>>(family: F): { [K in keyof F]: CodeEntry } {
  return family as unknown as { [K in keyof F]: CodeEntry & { message: (args: CodeArgs) => string } };
}
