import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explicitMention } from "../../src/router/explicit.js";
import { route } from "../../src/router/route.js";

describe("naming the agent routes, whatever the model says", () => {
  it.each([
    ["@backend-architect design the orders service", "@backend-architect"],
    ["@agent-backend-architect design the orders service", "@agent-backend-architect"],
    ["@agent-backend-architect:backend-architect design the orders service", "@agent-backend-architect:backend-architect"],
    ['@"backend-architect (agent)" design the orders service', '@"backend-architect (agent)"'],
    ['@"backend-architect:backend-architect (agent)" what do you think?', '@"backend-architect:backend-architect (agent)"'],
    ["what do you think, @backend-architect?", "@backend-architect"],
    ["(@backend-architect) have a look", "@backend-architect"],
    ["**@backend-architect** have a look", "@backend-architect"],
    ["cc:@backend-architect", "@backend-architect"],
    ["@BACKEND-ARCHITECT have a look", "@backend-architect"],
    ["I'd like @backend-architect's view on this", "@backend-architect"],
    ["Could the backend-architect agent look at this?", "backend-architect agent"],
    ["Please ask the backend-architect subagent about it", "backend-architect subagent"],
    ["use the backend architect agent for this one", "backend-architect agent"],
    ["let the backend-architect sub-agent decide", "backend-architect sub-agent"],
    ["make the login button blue, backend-architect agent", "backend-architect agent"],
    // the languages the router reads
    ["Que lo mire el agente backend-architect: ¿por qué tarda tanto?", "agente backend-architect"],
    ["Pede para o agente backend-architect revisar isso", "agente backend-architect"],
    ["Demande à l'agent backend-architect de relire le schéma", "agent backend-architect"],
    ["Nimm den backend-architect Agenten für die Bestellungen", "backend-architect agenten"],
    ["Frag den Backend-Architect-Agent nach dem Schema", "backend-architect agent"],
    ["Передай это агенту backend-architect", "агенту backend-architect"],
    ["backend-architect 에이전트한테 맡겨줘", "backend-architect 에이전트"],
    ["backend-architectエージェントにレビューしてほしい", "backend-architect エージェント"],
    ["让backend-architect代理看看这个表结构", "backend-architect 代理"],
    ["用 backend-architect 子代理 设计接口", "backend-architect 子代理"],
    ["请用子代理backend-architect设计接口", "子代理 backend-architect"],
    ["让backend-architect这个代理看一下", "backend-architect 代理"],
    ["backend-architectのエージェントに聞いて", "backend-architect エージェント"],
    ["エージェントのbackend-architectに任せたい", "エージェント backend-architect"],
  ])("%s → explicit (%s)", (prompt, mention) => {
    expect(explicitMention(prompt)).toBe(mention);
    const decision = route(prompt);
    expect(decision).toMatchObject({ activate: true, explicit: true });
    expect(decision.reasons[0]).toEqual({ kind: "explicit", feature: mention });
  });

  it.each([
    ["an e-mail address", "Mail ops-backend-architect@company.example about it"],
    ["an e-mail address with the name before @", "write to backend-architect@example.com"],
    ["a URL", "see https://example.com/@backend-architect for the profile"],
    ["a URL without scheme", "see www.example.com/@backend-architect"],
    ["a URL naming the agent", "https://github.com/acme/backend-architect-agent/blob/main/README.md has a typo"],
    ["inline code", "what does `@backend-architect` do in the docs?"],
    ["inline code around the name", "translate the description of the `backend-architect` agent"],
    ["double-backtick inline code", "type ``@backend-architect `x` `` to call it"],
    ["a fenced block", "Explain this snippet:\n```\n@backend-architect hello\n```\nthanks"],
    ["a tilde fence", "~~~md\nthe backend-architect agent\n~~~\nwhat is this file"],
    ["an unclosed fence (code to the end)", "look:\n```\n@backend-architect"],
    ["another agent", "Ask @frontend-architect to review the page"],
    ["a longer name", "@backend-architecture-notes is a channel"],
    ["a name inside a word", "foo@backend-architect"],
    ["a path without scheme", "see github.com/@backend-architect for the profile"],
    ["a scoped package", "npm install @backend-architect/sdk"],
    ["the name without an agent word", "I am a backend-architect by trade"],
    ["an agent word one word away", "the backend-architect is an agent of change"],
    ["a CJK agent word far from the name", "backend-architect的文档里提到了代理"],
  ])("%s is not explicit", (_case, prompt) => {
    expect(explicitMention(prompt)).toBeUndefined();
    expect(route(prompt).explicit).toBe(false);
  });

  // The agent's name in code is a quotation (docs, a snippet), not a request: neither the mention nor the
  // name's own words ("backend") may activate the router.
  it.each([
    ["inline code", "what does `@backend-architect` do in the docs?"],
    ["inline code, the full plugin form", "is `@agent-backend-architect:backend-architect` the right syntax?"],
    ["inline code, the bare name", "rename `backend-architect` in the readme"],
    ["double-backtick inline code", "type ``@backend-architect `x` `` to call it"],
    ["a fenced block", "Explain this snippet:\n```\n@backend-architect hello\n```\nthanks"],
    ["a tilde fence", "~~~md\nthe backend-architect agent\n~~~\nwhat is this file"],
    ["an unclosed fence (code to the end)", "look:\n```\n@backend-architect"],
  ])("a mention in %s does not activate routing", (_case, prompt) => {
    expect(route(prompt)).toMatchObject({ activate: false, explicit: false });
  });

  it("the agent's name in code does not hide backend words around it", () => {
    expect(route("`@backend-architect` said: add an index to the orders table so the query stops scanning").activate).toBe(true);
  });

  it("an unmatched backtick does not hide a later mention", () => {
    expect(route("the ` key, then @backend-architect").explicit).toBe(true);
  });

  it("another agent name can be configured", () => {
    expect(explicitMention("@data-architect hi", "data-architect")).toBe("@data-architect");
    expect(explicitMention("@backend-architect hi", "data-architect")).toBeUndefined();
  });

  it("wrapping a mention in a code span never leaves it explicit", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("@backend-architect", "@agent-backend-architect", "the backend-architect agent", "el agente backend-architect"),
        fc.string({ maxLength: 40 }).filter((s) => !s.includes("`")),
        (mention, tail) => {
          expect(explicitMention(`\`${mention}\` ${tail.replace(/@|backend|agent/gi, "")}`)).toBeUndefined();
        },
      ),
    );
  });
});
