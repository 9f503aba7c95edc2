// Every path and name the installer knows, and the helpers that keep paths inside their scope.
export * from "./names.js";
export * from "./paths.js";
export * from "./target.js";
