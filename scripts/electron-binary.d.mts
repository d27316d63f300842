export function findElectronBinary(): { binary: string | null; reason: string | null };
