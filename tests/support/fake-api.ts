/**
 * A fake Anthropic Messages API for end-to-end tests of the real Claude Code.
 *
 * Claude Code (the referee), pointed at it with `ANTHROPIC_BASE_URL`, sends every model call as a streaming
 * `POST /v1/messages?beta=true`. This server records each request body and answers with a valid SSE
 * stream built from what a {@link Responder} returns, so a test sees exactly what the model would see
 * (system prompt, tools, messages, model id) and scripts what the model does (text, tool calls).
 *
 * It listens on 127.0.0.1 on a free port and never talks to the network.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One content block of a request message, as Claude Code sends it (only the fields tests read are typed). */
export interface RequestContentBlock {
  type: string;
  text?: string;
  id?: string;
  name?: string;
  input?: unknown;
  tool_use_id?: string;
  content?: string | RequestContentBlock[];
  [key: string]: unknown;
}

/** One message of a request (`role` is `user`, `assistant` or, in the referee, also `system`). */
export interface RequestMessage {
  role: string;
  content: string | RequestContentBlock[];
}

/** One tool definition of a request. */
export interface RequestTool {
  name: string;
  description?: string;
  input_schema?: unknown;
  /** `true` on tools the model cannot call until ToolSearch loads them (e.g. `DeferredToolPlaceholder`). */
  defer_loading?: boolean;
  [key: string]: unknown;
}

/** A `tool_result` block found in a request, with its text flattened. */
export interface ToolResult {
  toolUseId: string;
  text: string;
  isError: boolean;
}

/** A request the fake API received, with helpers to read what the model would see. */
export interface RecordedRequest {
  /** 0-based arrival order over the server's lifetime. */
  index: number;
  method: string;
  /** Path and query, e.g. `/v1/messages?beta=true`. */
  url: string;
  headers: IncomingMessage["headers"];
  /** The parsed JSON body (`undefined` when the body was empty or not JSON). */
  body: Record<string, unknown> | undefined;
  /** `body.model`, or `""`. */
  model: string;
  /** The text of each `system` block, in order (a plain string system becomes one block). */
  systemBlocks: string[];
  /** All system blocks joined with `\n\n`. */
  system: string;
  /** The names of all tools sent, in order, including deferred placeholders. */
  tools: string[];
  /** The names of the tools the model can call right away: {@link tools} minus `defer_loading: true` ones. */
  loadedTools: string[];
  /** The raw tool definitions. */
  toolDefinitions: RequestTool[];
  messages: RequestMessage[];
  /** `true` when Claude Code marks the call as coming from a subagent (`cc_is_subagent=true` in its billing header). */
  isSubagent: boolean;
  /** Every piece of text the model sees: system blocks, then each message's text and tool results, in order. */
  texts: string[];
  /** {@link texts} joined with `\n\n`: search it for what the model was told. */
  text: string;
  /** `true` when {@link text} contains `needle`. */
  includes(needle: string): boolean;
  /** The tool results in the last `user` message (the answers to the model's previous tool calls). */
  lastToolResults: ToolResult[];
  /** The text blocks of the last `user` message (Claude Code's own reminders included), without tool results. */
  lastUserTexts: string[];
}

/** A block the fake model answers with. */
export type ReplyBlock =
  | { type: "text"; text: string }
  | { type: "tool_use"; id: string; name: string; input: Record<string, unknown> };

/** What the fake model answers one request with. A plain string is a single text block. */
export type Reply = string | { content: ReplyBlock[]; stopReason?: "end_turn" | "tool_use" | "max_tokens" };

/** Decides the fake model's answer to one `POST /v1/messages`. */
export type Responder = (request: RecordedRequest, context: { requests: readonly RecordedRequest[] }) => Reply | Promise<Reply>;

/** A running fake API. */
export interface FakeApi {
  /** Base URL for `ANTHROPIC_BASE_URL`, e.g. `http://127.0.0.1:43081`. */
  url: string;
  /** Every request received, in arrival order (model calls and any other path). */
  requests: RecordedRequest[];
  /** The `POST /v1/messages` requests only (the model calls). */
  modelRequests(): RecordedRequest[];
  /** Stops the server and drops open connections. */
  close(): Promise<void>;
}

/** The responder used when none is given: every model call is answered with the text `OK`. */
export const answerOk: Responder = () => "OK";

/** A text reply block. */
export function text(value: string): ReplyBlock {
  return { type: "text", text: value };
}

/** A tool_use reply block. Pick a fixed `id` so runs are deterministic and the tool result can be found by it. */
export function toolUse(name: string, input: Record<string, unknown>, id: string): ReplyBlock {
  return { type: "tool_use", id, name, input };
}

/**
 * Starts a fake Messages API on 127.0.0.1 (port 0).
 *
 * `POST /v1/messages` is answered from `responder` as an SSE stream (`stream: true`, what Claude Code
 * sends) or as one JSON message otherwise; `POST /v1/messages/count_tokens` gets a small token count;
 * any other path gets a 404 with an Anthropic-shaped error body. A responder that throws yields a 500
 * with the error text, so a broken test script shows up in Claude Code's stderr rather than hanging.
 */
export async function startFakeApi(responder: Responder = answerOk): Promise<FakeApi> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const recorded = recordRequest(requests.length, req, Buffer.concat(chunks).toString("utf8"));
      requests.push(recorded);
      void answer(recorded, res, responder, requests);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    modelRequests: () => requests.filter(isModelCall),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function pathOf(url: string): string {
  return url.split("?")[0] ?? url;
}

function isModelCall(request: RecordedRequest): boolean {
  return request.method === "POST" && pathOf(request.url) === "/v1/messages";
}

async function answer(
  request: RecordedRequest,
  res: ServerResponse,
  responder: Responder,
  requests: readonly RecordedRequest[],
): Promise<void> {
  const path = pathOf(request.url);
  if (request.method === "POST" && path === "/v1/messages/count_tokens") {
    sendJson(res, 200, { input_tokens: Math.max(1, Math.ceil(request.text.length / 4)) });
    return;
  }
  if (!isModelCall(request)) {
    sendJson(res, 404, { type: "error", error: { type: "not_found_error", message: `fake API: no route for ${request.method} ${path}` } });
    return;
  }
  let reply: Reply;
  try {
    reply = await responder(request, { requests });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    sendJson(res, 500, { type: "error", error: { type: "api_error", message: `fake API responder failed: ${message}` } });
    return;
  }
  const content = typeof reply === "string" ? [text(reply)] : reply.content;
  const stopReason =
    typeof reply === "string" ? "end_turn" : (reply.stopReason ?? (content.some((b) => b.type === "tool_use") ? "tool_use" : "end_turn"));
  const message = {
    id: `msg_fake_${request.index}`,
    type: "message",
    role: "assistant",
    model: request.model,
    stop_reason: stopReason,
    stop_sequence: null,
    usage: { input_tokens: 1, output_tokens: 1 },
  };
  if (request.body?.["stream"] !== true) {
    sendJson(res, 200, { ...message, content });
    return;
  }
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  const event = (type: string, data: Record<string, unknown>): void => {
    res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`);
  };
  event("message_start", { message: { ...message, content: [], stop_reason: null } });
  content.forEach((block, index) => {
    if (block.type === "text") {
      event("content_block_start", { index, content_block: { type: "text", text: "" } });
      event("content_block_delta", { index, delta: { type: "text_delta", text: block.text } });
    } else {
      event("content_block_start", { index, content_block: { type: "tool_use", id: block.id, name: block.name, input: {} } });
      event("content_block_delta", { index, delta: { type: "input_json_delta", partial_json: JSON.stringify(block.input) } });
    }
    event("content_block_stop", { index });
  });
  event("message_delta", { delta: { stop_reason: stopReason, stop_sequence: null }, usage: { output_tokens: 1 } });
  event("message_stop", {});
  res.end();
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(value));
}

function recordRequest(index: number, req: IncomingMessage, raw: string): RecordedRequest {
  let body: Record<string, unknown> | undefined;
  try {
    const parsed: unknown = raw === "" ? undefined : JSON.parse(raw);
    body = isRecord(parsed) ? parsed : undefined;
  } catch {
    body = undefined;
  }
  const systemBlocks = systemTexts(body?.["system"]);
  const toolDefinitions = Array.isArray(body?.["tools"]) ? (body["tools"] as unknown[]).filter(isRecord).map(asTool) : [];
  const messages = Array.isArray(body?.["messages"]) ? (body["messages"] as unknown[]).filter(isRecord).map(asMessage) : [];
  const texts = [...systemBlocks, ...messages.flatMap((m) => contentTexts(m.content))];
  const joined = texts.join("\n\n");
  // Claude Code may append `system`-role messages after the user's turn, so look at the last `user` one.
  const lastUser = messages.findLast((m) => m.role === "user");
  const lastBlocks: RequestContentBlock[] =
    lastUser === undefined ? [] : typeof lastUser.content === "string" ? [{ type: "text", text: lastUser.content }] : lastUser.content;
  return {
    index,
    method: req.method ?? "",
    url: req.url ?? "",
    headers: req.headers,
    body,
    model: typeof body?.["model"] === "string" ? body["model"] : "",
    systemBlocks,
    system: systemBlocks.join("\n\n"),
    tools: toolDefinitions.map((t) => t.name),
    loadedTools: toolDefinitions.filter((t) => t.defer_loading !== true).map((t) => t.name),
    toolDefinitions,
    messages,
    isSubagent: systemBlocks.some((b) => b.startsWith("x-anthropic-billing-header:") && b.includes("cc_is_subagent=true")),
    texts,
    text: joined,
    includes: (needle) => joined.includes(needle),
    lastToolResults: lastBlocks
      .filter((b) => b.type === "tool_result")
      .map((b) => ({ toolUseId: String(b.tool_use_id ?? ""), text: contentTexts(b.content ?? "").join("\n"), isError: b["is_error"] === true })),
    lastUserTexts: lastBlocks.filter((b) => b.type === "text").map((b) => b.text ?? ""),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function asTool(value: Record<string, unknown>): RequestTool {
  return { ...value, name: typeof value["name"] === "string" ? value["name"] : "" };
}

function asMessage(value: Record<string, unknown>): RequestMessage {
  const content = value["content"];
  return {
    role: typeof value["role"] === "string" ? value["role"] : "",
    content: typeof content === "string" ? content : Array.isArray(content) ? content.filter(isRecord).map(asBlock) : [],
  };
}

function asBlock(value: Record<string, unknown>): RequestContentBlock {
  const content = value["content"];
  return {
    ...value,
    type: typeof value["type"] === "string" ? value["type"] : "",
    ...(Array.isArray(content) ? { content: content.filter(isRecord).map(asBlock) } : {}),
  };
}

function systemTexts(system: unknown): string[] {
  if (typeof system === "string") return [system];
  if (!Array.isArray(system)) return [];
  return system.filter(isRecord).flatMap((b) => (typeof b["text"] === "string" ? [b["text"]] : []));
}

function contentTexts(content: string | RequestContentBlock[]): string[] {
  if (typeof content === "string") return [content];
  return content.flatMap((b) => {
    if (typeof b.text === "string") return [b.text];
    if (b.type === "tool_result" && b.content !== undefined) return contentTexts(b.content);
    return [];
  });
}
