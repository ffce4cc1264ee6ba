// `npm run web`: the editor in a browser, served by vite's dev server (vite.web.config.ts), which
// ends when npm does (scripts/run-together.mjs; issue 14). Options after `--` go to vite.
import { createRequire } from 'node:module';
import path from 'node:path';
import { projectRoot } from './electron-binary.mjs';
import { runTogether } from './run-together.mjs';

const require = createRequire(path.join(projectRoot, 'package.json'));
const vite = path.join(path.dirname(require.resolve('vite/package.json')), 'bin/vite.js');
runTogether(process.execPath, [vite, '--config', 'vite.web.config.ts', ...process.argv.slice(2)], { cwd: projectRoot });
