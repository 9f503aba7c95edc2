export const pluginCopyDir: string;
export function pluginFiles(): string[];
export function filesInPluginCopy(): string[];
