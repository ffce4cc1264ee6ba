/**
 * Where the CLI finds its bundled resources (sample statement, fonts). The built CLI lives in
 * dist/cli/ and the source in src/cli/: both are two folders below the package root.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const resourcesDir = path.join(packageRoot, 'resources');
export const sampleStatementPath = path.join(resourcesDir, 'samples', 'canada-rok-fdmm-2024.txt');
