#!/usr/bin/env node
// Launcher for the briefwright CLI: runs the bundle that `npm ci` builds (scripts/build-cli.mjs, run by `prepare`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/cli/briefwright.mjs', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('briefwright: the CLI is not built yet; run `npm run build:cli` (npm install does it for you)\n');
  process.exit(1);
}
await import(bundle.href);
