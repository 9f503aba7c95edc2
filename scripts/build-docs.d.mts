export const explainDir: string;
export const PAGES: string[];
export function renderPages(catalog: Readonly<Record<string, unknown>>, dir?: string): Map<string, string>;
