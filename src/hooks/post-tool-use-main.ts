// Entry of the bundled hooks/post-tool-use.mjs. V8 compiles WebAssembly twice by default (a fast tier,
// then an optimising one on background threads that the process waits for at exit); for a hook that
// parses one file, the optimising tier costs several times the work it saves. Liftoff only, set before
// the parser's wasm is compiled, which is why the hook itself is imported after this line.
import { setFlagsFromString } from "node:v8";

setFlagsFromString("--liftoff-only");
const { mainPostToolUse } = await import("./post-tool-use.js");
await mainPostToolUse();
