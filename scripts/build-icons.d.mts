export const GENERATED_DIR: string;
/** Writes every installer icon into `outDir` and returns the files written. */
export function buildIcons(outDir?: string, sourceDir?: string): string[];
