import { parsePointer, splitRef } from "./pointer.js";
import type { At } from "./types.js";
import { isObject, valueAt, type JsonObject } from "./values.js";

/** A value from the document with the place it was written. */
export interface Node<T = unknown> {
  value: T;
  at: At;
}

/** Longer chains of `$ref` to `$ref` are cycles or abuse. */
const MAX_REF_HOPS = 32;

/**
 * The resolved document as the rules see it: values with their places, and `$ref`s followed into
 * whichever file defines them, so a finding lands where the fix belongs.
 */
export class SpecView {
  readonly root: Node;

  constructor(
    private readonly values: ReadonlyMap<string, unknown>,
    private readonly resolveRef: (from: string, ref: string) => string,
    rootFile: string,
  ) {
    this.root = { value: values.get(rootFile), at: { file: rootFile, pointer: [] } };
  }

  child(node: Node, key: string | number): Node {
    const step = String(key);
    return { value: valueAt(node.value, [step]), at: { file: node.at.file, pointer: [...node.at.pointer, step] } };
  }

  /** Follows `$ref`s to the definition; `undefined` as value when a ref does not resolve (the engine reports it). */
  deref(node: Node): Node {
    let current = node;
    for (let hops = 0; hops < MAX_REF_HOPS; hops++) {
      const ref = isObject(current.value) ? current.value.$ref : undefined;
      if (typeof ref !== "string") return current;
      const file = this.resolveRef(current.at.file, ref);
      const pointer = parsePointer(splitRef(ref).fragment);
      if (pointer === undefined || !this.values.has(file)) return { value: undefined, at: current.at };
      current = { value: valueAt(this.values.get(file), pointer), at: { file, pointer } };
    }
    return { value: undefined, at: node.at };
  }

  /** The dereferenced child, when it is an object. */
  object(node: Node, key: string): Node<JsonObject> | undefined {
    const found = this.deref(this.child(node, key));
    return isObject(found.value) ? (found as Node<JsonObject>) : undefined;
  }

  /** Entries of an object (after `$ref`), each as a node; extensions (`x-...`) left out. */
  entries(node: Node | undefined): [string, Node][] {
    if (!node) return [];
    const target = this.deref(node);
    if (!isObject(target.value)) return [];
    return Object.keys(target.value)
      .filter((key) => !key.startsWith("x-"))
      .map((key) => [key, this.child(target, key)]);
  }

  /** Items of a list (after `$ref`), each as a node. */
  items(node: Node | undefined): Node[] {
    if (!node) return [];
    const target = this.deref(node);
    if (!Array.isArray(target.value)) return [];
    return target.value.map((_, index) => this.child(target, index));
  }
}

export function placeKey(at: At): string {
  return `${at.file}#${at.pointer.join("/")}`;
}
