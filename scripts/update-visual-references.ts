// Regenerates the reference images of the output validation test (tests/output/references): page 1
// of the sample rendered through every built-in template. Run after an intended change to the look
// of a note, look at the new PNGs, and commit them with the change.
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCli, firstPagePng, referencesDir, renderBuiltIns } from '../tests/output/render-built-ins';

buildCli();
const workDir = mkdtempSync(path.join(os.tmpdir(), 'briefwright-references-'));
mkdirSync(referencesDir, { recursive: true });
for (const note of renderBuiltIns(workDir)) {
  const target = path.join(referencesDir, `${note.templateId}-page1.png`);
  copyFileSync(firstPagePng(note.pdf, path.join(workDir, `${note.templateId}-page1`)), target);
  console.log(target);
}
