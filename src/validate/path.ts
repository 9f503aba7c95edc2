import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { diagnostic, type DiagnosticArgs, type DiagnosticCode, type Range } from "../diagnostics/findings.js";
import type { ArgsParam } from "../diagnostics/define.js";
import type { Diagnostic } from "../diagnostics/types.js";
import type { AgentScope } from "../resolve/index.js";
import { pluginAgentFiles, typingPath, type PluginAgentFiles } from "../resolve/plugin-agents.js";
import { checkAgentText } from "./agent/index.js";
import { ioReason, nodeValidateFs, type ValidateFs } from "./fs.js";
import { checkHooks, checkMarketplace, checkPluginManifest, marketplaceEntryRule } from "./plugin/index.js";

export type FileKind = "agent" | "plugin-manifest" | "marketplace" | "hooks" | "path";

/** What was checked in one file, and what was found there. */
export interface FileReport {
  /** Absolute path. */
  file: string;
  kind: FileKind;
  /** For agent files: the scope they were checked in, and the agent type Claude Code gives them (null: not loaded). */
  scope?: AgentScope;
  agentType?: string | null;
  diagnostics: Diagnostic[];
}

export interface ValidatePathOptions {
  /** Relative paths are resolved against this; also the default path. Defaults to process.cwd(). */
  cwd?: string;
  /** File access; tests inject failures here. Defaults to node:fs. */
  fs?: ValidateFs;
}

export interface ValidatePathResult {
  /** Every file checked, sorted by path. */
  files: FileReport[];
  /** All diagnostics of all files, sorted by file, then position. */
  diagnostics: Diagnostic[];
}

const START = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
const SKIPPED_FOLDERS = new Set(["node_modules", ".git"]);

/**
 * Checks agent files, agent folders, plugin folders, marketplaces (following each local plugin
 * source) and projects (`.claude/agents`). Never throws on user input: a missing or unreadable
 * path becomes a `PATH_*` diagnostic.
 */
export async function validatePath(paths: readonly string[], options: ValidatePathOptions = {}): Promise<ValidatePathResult> {
  const walker = new Walker(options.fs ?? nodeValidateFs);
  const cwd = options.cwd ?? process.cwd();
  const targets = paths.length === 0 ? [cwd] : paths.map((path) => resolve(cwd, path));
  for (const target of targets) await walker.visit(target);
  const files = [...walker.reports.values()].sort((a, b) => compare(a.file, b.file));
  return { files, diagnostics: files.flatMap((report) => report.diagnostics) };
}

class Walker {
  readonly reports = new Map<string, FileReport>();
  private readonly pluginsSeen = new Set<string>();
  /** Where each agent file's `name` value sits, to point a clash at it. */
  private readonly nameRanges = new Map<string, Range>();
  private readonly pluginRoots = new Map<string, Promise<{ root: string; name?: string; files: PluginAgentFiles } | undefined>>();

  constructor(private readonly fs: ValidateFs) {}

  async visit(target: string): Promise<void> {
    const kind = await this.kindOf(target);
    if (kind === "missing") return this.pathProblem(target, "PATH_NOT_FOUND", {});
    if (kind === undefined) return;
    if (kind === "directory") return this.visitFolder(target);
    if (kind !== "file") return this.pathProblem(target, "PATH_UNREADABLE", { reason: "not a regular file" });
    const name = basename(target);
    const inManifestFolder = basename(dirname(target)) === ".claude-plugin";
    if (inManifestFolder && name === "plugin.json") {
      await this.visitPlugin(dirname(dirname(target)));
      return;
    }
    if (inManifestFolder && name === "marketplace.json") return this.visitMarketplace(dirname(dirname(target)));
    if (name === "hooks.json") return this.checkHooksFile(target);
    if (!name.endsWith(".md")) return this.pathProblem(target, "PATH_NOTHING_TO_VALIDATE", {});
    return this.checkLooseAgent(target);
  }

  private async visitFolder(folder: string): Promise<void> {
    if (basename(folder) === ".claude-plugin") return this.visitFolder(dirname(folder));
    const manifestFolder = join(folder, ".claude-plugin");
    const [marketplace, plugin, projectAgents] = await Promise.all([
      this.kindOf(join(manifestFolder, "marketplace.json")),
      this.kindOf(join(manifestFolder, "plugin.json")),
      this.kindOf(join(folder, ".claude", "agents")),
    ]);
    let found = false;
    if (marketplace === "file") {
      found = true;
      await this.visitMarketplace(folder);
    }
    if (plugin === "file") {
      found = true;
      await this.visitPlugin(folder);
    }
    if (projectAgents === "directory") {
      found = true;
      await this.checkAgentFolder(join(folder, ".claude", "agents"), "project");
    }
    if (found) return;
    const agents = await this.markdownFiles(folder);
    if (agents.length === 0) return this.pathProblem(folder, "PATH_NOTHING_TO_VALIDATE", {});
    await Promise.all(agents.map((file) => this.checkLooseAgent(file)));
  }

  private async visitMarketplace(root: string): Promise<void> {
    const file = join(root, ".claude-plugin", "marketplace.json");
    const text = await this.read(file);
    if (text === undefined) return;
    const check = checkMarketplace(text, file);
    const diagnostics = [...check.diagnostics];
    for (const entry of check.localPlugins) {
      const pluginRoot = resolve(root, entry.source);
      const manifestFile = join(pluginRoot, ".claude-plugin", "plugin.json");
      const manifest = (await this.kindOf(manifestFile)) === "file" ? await this.visitPlugin(pluginRoot) : undefined;
      // A plugin.json that is there but unreadable or broken has its own diagnostic; nothing to compare.
      if (manifest === null) continue;
      diagnostics.push(...check.place(marketplaceEntryRule(entry, manifest)));
    }
    this.report({ file, kind: "marketplace", diagnostics });
  }

  /** Checks a plugin folder once; returns its manifest (null when unreadable or not an object). */
  private async visitPlugin(root: string): Promise<Record<string, unknown> | null> {
    const file = join(root, ".claude-plugin", "plugin.json");
    const text = await this.read(file);
    const check = text === undefined ? undefined : checkPluginManifest(text, file);
    if (this.pluginsSeen.has(root)) return check?.manifest ?? null;
    this.pluginsSeen.add(root);
    if (check) this.report({ file, kind: "plugin-manifest", diagnostics: check.diagnostics });
    const name = typeof check?.manifest?.name === "string" ? check.manifest.name : basename(root);
    const hooksFile = join(root, "hooks", "hooks.json");
    const [agentFiles, hooksKind] = await Promise.all([this.markdownFiles(join(root, "agents")), this.kindOf(hooksFile)]);
    if (hooksKind === "file") await this.checkHooksFile(hooksFile);
    // plugin.json may also name more hook files ("hooks": "./x.json" or a list of such paths).
    for (const extra of hookPaths(check?.manifest?.hooks)) {
      const file = resolve(root, extra);
      if (file !== hooksFile && (await this.kindOf(file)) === "file") await this.checkHooksFile(file);
    }
    const agentsRoot = join(root, "agents");
    const loads = pluginAgentFiles(check?.manifest);
    // With an `agents` list only the listed files load (wherever they are); the rest of agents/ is still checked.
    const listed = loads.kind === "listed" ? await this.existingFiles(loads.entries.map((entry) => resolve(root, entry))) : undefined;
    const checked = [...new Set([...(listed ?? []), ...agentFiles])];
    const reports = await Promise.all(
      checked.map((agent) => this.checkAgentFile(agent, "plugin", name, typingPath(loads, relative(agentsRoot, agent).split(sep).join("/")))),
    );
    this.flagClashes(listed ? reports.filter((report) => report && listed.includes(report.file)) : reports);
    return check?.manifest ?? null;
  }

  /** Two agents of one plugin with the same agent type: Claude Code keeps one; warn on the later file. */
  private flagClashes(reports: readonly (FileReport | undefined)[]): void {
    const firstByType = new Map<string, FileReport>();
    const sorted = reports.filter((report): report is FileReport => report !== undefined).sort((a, b) => compare(a.file, b.file));
    for (const report of sorted) {
      const type = report.agentType;
      if (typeof type !== "string") continue;
      const first = firstByType.get(type);
      if (!first) {
        firstByType.set(type, report);
        continue;
      }
      report.diagnostics.push(
        diagnostic("PLUGIN_AGENT_TYPE_CLASH", report.file, this.nameRanges.get(report.file) ?? START, { agentType: type, other: relative(dirname(report.file), first.file) }),
      );
    }
  }

  private async checkHooksFile(file: string): Promise<void> {
    const text = await this.read(file);
    if (text !== undefined) this.report({ file, kind: "hooks", diagnostics: checkHooks(text, file).diagnostics });
  }

  private async checkLooseAgent(file: string): Promise<void> {
    const plugin = await this.enclosingPlugin(file);
    if (plugin) {
      const name = plugin.name ?? basename(plugin.root);
      const agentsRoot = join(plugin.root, "agents");
      await this.checkAgentFile(file, "plugin", name, typingPath(plugin.files, relative(agentsRoot, file).split(sep).join("/")));
      return;
    }
    await this.checkAgentFile(file, this.looseScope(file));
  }

  private async checkAgentFolder(folder: string, scope: AgentScope): Promise<void> {
    const files = await this.markdownFiles(folder);
    await Promise.all(files.map((file) => this.checkAgentFile(file, scope)));
  }

  private async checkAgentFile(
    file: string,
    scope: AgentScope,
    pluginName?: string,
    relativePath?: string,
  ): Promise<FileReport | undefined> {
    if (this.reports.has(file)) return this.reports.get(file);
    const text = await this.read(file);
    if (text === undefined) return undefined;
    const options = scope === "plugin" && pluginName !== undefined ? { scope, pluginName, ...(relativePath ? { relativePath } : {}) } : { scope };
    const check = checkAgentText(text, file, options);
    const nameRange = check.document.entries["name"]?.valueRange;
    if (nameRange) this.nameRanges.set(file, nameRange);
    const report: FileReport = {
      file,
      kind: "agent",
      scope,
      agentType: check.resolved.loaded ? check.resolved.agentType : null,
      diagnostics: check.diagnostics,
    };
    this.report(report);
    return report;
  }

  /** An agent file given on its own: inside `.claude/agents` it is a project agent, else a user agent. */
  private looseScope(file: string): AgentScope {
    return file.split(sep).includes(".claude") ? "project" : "user";
  }

  /** The plugin an `agents/**` file belongs to, if any (looked up once per folder). */
  private enclosingPlugin(file: string): Promise<{ root: string; name?: string; files: PluginAgentFiles } | undefined> {
    const parts = file.split(sep);
    const index = parts.lastIndexOf("agents");
    if (index <= 0) return Promise.resolve(undefined);
    const root = parts.slice(0, index).join(sep) || sep;
    let found = this.pluginRoots.get(root);
    if (!found) {
      found = this.readPluginAt(root);
      this.pluginRoots.set(root, found);
    }
    return found;
  }

  private async readPluginAt(root: string): Promise<{ root: string; name?: string; files: PluginAgentFiles } | undefined> {
    const manifestFile = join(root, ".claude-plugin", "plugin.json");
    if ((await this.kindOf(manifestFile)) !== "file") return undefined;
    const text = await this.read(manifestFile, false);
    const manifest = text === undefined ? undefined : checkPluginManifest(text, manifestFile).manifest;
    const files = pluginAgentFiles(manifest);
    return typeof manifest?.name === "string" ? { root, name: manifest.name, files } : { root, files };
  }

  /** The paths that are regular files, in order. */
  private async existingFiles(paths: readonly string[]): Promise<string[]> {
    const kinds = await Promise.all(paths.map((path) => this.kindOf(path)));
    return [...new Set(paths.filter((_, index) => kinds[index] === "file"))];
  }

  /** Every `*.md` below `folder`, sorted; none when the folder is absent. */
  private async markdownFiles(folder: string): Promise<string[]> {
    if ((await this.kindOf(folder)) !== "directory") return [];
    const found: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      let entries: { name: string; kind: string }[];
      try {
        entries = await this.fs.list(dir);
      } catch (error) {
        this.pathProblem(dir, "PATH_UNREADABLE", { reason: ioReason(error) });
        return;
      }
      const subfolders: string[] = [];
      for (const entry of entries) {
        const path = join(dir, entry.name);
        if (entry.kind === "file" && entry.name.endsWith(".md")) found.push(path);
        else if (entry.kind === "directory" && !SKIPPED_FOLDERS.has(entry.name)) subfolders.push(path);
      }
      await Promise.all(subfolders.map(walk));
    };
    await walk(folder);
    return found.sort(compare);
  }

  private async kindOf(path: string): Promise<"file" | "directory" | "other" | "missing" | undefined> {
    try {
      return await this.fs.kind(path);
    } catch (error) {
      this.pathProblem(path, "PATH_UNREADABLE", { reason: ioReason(error) });
      return undefined;
    }
  }

  private async read(file: string, reportFailure = true): Promise<string | undefined> {
    try {
      return await this.fs.readText(file);
    } catch (error) {
      if (reportFailure) this.pathProblem(file, "PATH_UNREADABLE", { reason: ioReason(error) });
      return undefined;
    }
  }

  private pathProblem<C extends DiagnosticCode>(path: string, code: C, ...args: ArgsParam<DiagnosticArgs<C>>): void {
    const existing = this.reports.get(path);
    const found = diagnostic(code, path, START, ...args);
    if (existing) existing.diagnostics.push(found);
    else this.report({ file: path, kind: "path", diagnostics: [found] });
  }

  private report(report: FileReport): void {
    report.diagnostics.sort(byPosition);
    this.reports.set(report.file, report);
  }
}

/** The hook-file paths a plugin.json `hooks` value names (inline hook objects are not files). */
function hookPaths(value: unknown): string[] {
  const paths = Array.isArray(value) ? value : [value];
  return paths.filter((path): path is string => typeof path === "string" && path.startsWith("./") && path.endsWith(".json"));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.start.line - b.start.line || a.start.column - b.start.column || compare(a.code, b.code);
}
