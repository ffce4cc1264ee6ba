/**
 * The sample statement the app opens on, read at build time (issue 16). Importing and extracting it
 * in the officer's browser took about a third of the start-up script's time, for a result that is
 * the same on every start; so the build runs the real importer and extractors (src/core) on
 * resources/samples/… and the renderer gets the text, the Statement, the StructuredStatement, the
 * built-in template it opens with (parsed) and the note composed from them (composeContent) as JSON (`virtual:briefwright/sample-statement`). Both are plain data (strings, numbers, arrays), so
 * JSON carries them exactly; sample-statement.test.ts checks that against a run-time extraction.
 *
 * On a dev server (`npm run dev`, `npm run web`) the module extracts at run time instead, from the
 * modules themselves: this config's copy of src/core would not follow edits to the extraction rules.
 * Vitest (mode "test") gets the build-time module, which is what its tests compare.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type { SampleStatementData } from './sample-statement-data';

export const SAMPLE_STATEMENT_MODULE = 'virtual:briefwright/sample-statement';
const RESOLVED = `\0${SAMPLE_STATEMENT_MODULE}`;
const SAMPLE_FILE = 'resources/samples/canada-rok-fdmm-2024.txt';

/** The module's source as a build emits it: the sample's text, Statement and StructuredStatement, parsed from one JSON string. */
export function sampleStatementModuleSource(data: SampleStatementData): string {
  // JSON.parse of a string literal is faster to load than the same object literal (V8 parses JSON in one pass).
  return `const data = JSON.parse(${JSON.stringify(JSON.stringify(data))});
export const text = data.text;
export const statement = data.statement;
export const structured = data.structured;
export const template = data.template;
export const content = data.content;
`;
}

/** The module's source on a dev server: the same exports, computed by the importer and extractors as they are now. */
function runTimeModuleSource(root: string): string {
  const path = (file: string) => JSON.stringify(`/@fs${resolve(root, file)}`);
  return `import text from ${path(`${SAMPLE_FILE}?raw`)};
import { importText } from ${path('src/core/import/text-importer.ts')};
import { extractStatement } from ${path('src/core/extract/extract-statement.ts')};
import { composeContent } from ${path('src/core/compose/compose-briefing.ts')};
import { DEFAULT_TEMPLATE_ID, findBuiltInTemplate, templateForLanguage } from ${path('src/core/templates/template-loader.ts')};
export { text };
export const statement = importText(text);
export const structured = extractStatement(statement);
export const template = templateForLanguage(findBuiltInTemplate(DEFAULT_TEMPLATE_ID), structured.language);
export const content = composeContent(structured, template);
`;
}

/**
 * `projectRoot`: the repository's root, given by each config (`import.meta.dirname`); electron-vite
 * bundles its config elsewhere, so this file cannot find the root from its own place.
 */
export function sampleStatementPlugin(projectRoot: string): Plugin {
  const sampleFile = resolve(projectRoot, SAMPLE_FILE);
  let atRunTime = false;
  return {
    name: 'briefwright:sample-statement',
    configResolved(config) {
      atRunTime = config.command === 'serve' && config.mode !== 'test';
    },
    // Filters keep the bundler from calling into JavaScript for every other module.
    resolveId: { filter: { id: new RegExp(`^${SAMPLE_STATEMENT_MODULE}$`) }, handler: () => RESOLVED },
    load: {
      filter: { id: new RegExp(`^\0${SAMPLE_STATEMENT_MODULE}$`) },
      async handler() {
        if (atRunTime) return runTimeModuleSource(projectRoot);
        // src/core loaded through Vite's module runner (TypeScript, JSON catalogues), fresh for each build.
        const { module, dependencies } = await runnerImport<typeof import('./sample-statement-data')>(resolve(projectRoot, 'scripts/sample-statement-data.ts'), {
          configFile: false,
          root: projectRoot,
          logLevel: 'error',
        });
        for (const file of [sampleFile, ...dependencies]) this.addWatchFile(file);
        return sampleStatementModuleSource(module.sampleStatementData(readFileSync(sampleFile, 'utf8')));
      },
    },
  };
}
