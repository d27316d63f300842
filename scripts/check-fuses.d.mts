export type FuseState = 'Enabled' | 'Disabled' | 'Inherited' | 'Removed';
export function expectedFuses(electronFuses: Record<string, boolean> | undefined): Map<string, FuseState>;
export function parseFuseRead(text: string): Map<string, FuseState>;
export function fuseProblems(expected: Map<string, FuseState>, actual: Map<string, FuseState>): string[];
export function configuredFuses(): Map<string, FuseState>;
