// Types for real-corpus-readme.mjs.
export function statementTable(): string;
