// Types for electron-binary.mjs.
export const projectRoot: string;
export type ElectronBinary = { binary: string } | { binary: null; fetchable: boolean; reason: string };
export function electronPackage(): { dir: string; version: string } | null;
export function findElectronBinary(env?: NodeJS.ProcessEnv): ElectronBinary;
export function runElectronInstaller(announce?: (line: string) => void): Promise<{ ok: true } | { ok: false; reason: string }>;
export function missingElectronLine(found: { reason: string; fetchable?: boolean }): string;
