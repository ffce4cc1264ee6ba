// Types for validate-real-corpus.mjs (plain JavaScript so annotators run it without a build).
export function findExclusionsChecker(start?: string): string | null;
export function validateAnnotation(jsonPath: string, reserved: { isReservedUrl(url: string): boolean; isReservedTitle(title: string): boolean } | null): string[];
export function validateCorpus(targets: readonly string[]): Promise<{ files: number; problems: string[] }>;
