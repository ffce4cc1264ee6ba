/**
 * Where the CLI finds its bundled resources (sample statement, fonts): the package root is the
 * nearest folder above this module with the resources/ folder, whether this code runs from
 * src/cli, dist/cli or a chunk in dist/cli/chunks.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'resources', 'samples')) && existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(start, '..', '..');
  }
}

export const packageRoot = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));
export const resourcesDir = path.join(packageRoot, 'resources');
export const sampleStatementPath = path.join(resourcesDir, 'samples', 'canada-rok-fdmm-2024.txt');
