// `npm run test:mutation [-- stryker options]`: StrykerJS over src/core and src/node (stryker.config.mjs,
// issue 18). StrykerJS 10 needs Node 22 or later; on an older machine Node (the project still supports
// 20) it runs on the pinned Node 22 that scripts/install-test-nodes.mjs fetches from the npm registry
// into .test-nodes/ (as CI does for its second unit run). Extra arguments go to `stryker run`, e.g.
//   npm run test:mutation -- --mutate 'src/node/**/*.ts,!src/node/**/*.test.ts'
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from './electron-binary.mjs';

let node = process.execPath;
if (Number(process.versions.node.split('.')[0]) < 22) {
  const bin = execFileSync(process.execPath, [path.join(projectRoot, 'scripts/install-test-nodes.mjs'), '22'], { encoding: 'utf8' }).trim();
  node = path.join(bin, 'node');
  console.log(`test:mutation: StrykerJS needs Node 22 or later; running it on ${node}`);
}
const stryker = path.join(projectRoot, 'node_modules/@stryker-mutator/core/bin/stryker.js');
const result = spawnSync(node, [stryker, 'run', ...process.argv.slice(2)], {
  cwd: projectRoot,
  stdio: 'inherit',
  env: { ...process.env, PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH}` },
});
process.exit(result.status ?? 1);
