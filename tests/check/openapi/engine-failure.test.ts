import { describe, expect, it, vi } from "vitest";

vi.mock("../../../src/check/openapi/engine.js", () => ({
  runEngine: () => Promise.reject(new Error("engine exploded")),
}));

const { checkOpenApi } = await import("../../../src/check/openapi/index.js");

describe("when the structure engine fails", () => {
  it("says so (info) and still runs the standards", async () => {
    const text = "openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths:\n  /orderItems:\n    get:\n      responses: {'200': {description: OK}}\n";
    const diagnostics = await checkOpenApi({ file: "api.yaml", text });
    expect(diagnostics[0]).toMatchObject({ code: "OPENAPI_CHECK_FAILED", severity: "info", start: { line: 1, column: 1 } });
    expect(diagnostics[0]?.message).toContain("engine exploded");
    expect(diagnostics.map((d) => d.code)).toContain("OPENAPI_PATH_NOT_KEBAB_CASE");
  });
});
