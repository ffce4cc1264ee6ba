/**
 * Word templates that unpack or nest far beyond a letterhead, through the CLI as the user runs it:
 * `templates import` and `render --template FILE.docx` refuse them in seconds with one line, and
 * leave the templates folder as it was. (The desktop app reads templates through the same core
 * function, readWordTemplateParts.)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeDeepDocx, makeDocxBomb } from '../src/core/testing/zip-bomb-fixture';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'bin', 'briefwright.js');

let tmp: string;
let dataDir: string;
beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, 'scripts/build-cli.mjs')], { cwd: root });
  tmp = mkdtempSync(path.join(os.tmpdir(), 'briefwright-word-limits-'));
  dataDir = path.join(tmp, 'data');
  mkdirSync(dataDir);
}, 120_000);

function cli(args: string[]) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: root, timeout: 90_000, env: { ...process.env, BRIEFWRIGHT_DATA_DIR: dataDir } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, seconds: (performance.now() - started) / 1000 };
}

describe('a Word template far beyond a letterhead is refused', () => {
  it.each([
    ['30 MB of paragraphs in document.xml', 'huge-letterhead.docx', () => makeDocxBomb(30, { fill: 'paragraphs' }), /huge-letterhead\.docx is refused: it holds XML that unpacks to more than 1 MB/],
    ['the same, declared as 1 KB', 'lying-letterhead.docx', () => makeDocxBomb(30, { fill: 'paragraphs', declaredSize: 1000 }), /lying-letterhead\.docx is refused: it holds XML that unpacks to more than 1 MB/],
    ['elements nested 20,000 deep', 'deep-letterhead.docx', () => makeDeepDocx(20_000), /deep-letterhead\.docx is refused: its word\/document\.xml nests elements more than 200 deep/],
  ])('%s: import and render refuse it in seconds, the folder untouched', (_label, name, make, message) => {
    const file = path.join(tmp, name);
    writeFileSync(file, make());
    const imported = cli(['templates', 'import', file]);
    expect(imported.code, imported.stderr).toBe(1);
    expect(imported.stderr).toMatch(message);
    expect(imported.stderr.trim().split('\n')).toHaveLength(1);
    expect(imported.seconds).toBeLessThan(20); // ~1 s alone
    expect(readdirSync(dataDir).flatMap((entry) => readdirSync(path.join(dataDir, entry)))).toEqual([]);
    const rendered = cli(['render', '--template', file, '--format', 'docx', '--out', path.join(tmp, 'note')]);
    expect(rendered.code, rendered.stderr).toBe(1);
    expect(rendered.stderr).toMatch(message);
  });

  it('the LibreOffice letterhead fixture still imports', () => {
    const imported = cli(['templates', 'import', path.join(root, 'tests/fixtures/word-templates/letterhead.docx')]);
    expect(imported.code, imported.stderr).toBe(0);
  });
});
