// Renders every built-in template × (the fixed statements and every statement of corpus/real in the
// template's language) to PDF and DOCX, converts the DOCX with one LibreOffice call, and reports the
// renders whose pages break differently or break badly (tests/output/pagination-check.ts).
// `--sample` checks only the fixed sample CI runs. Exits 1 when any render has a problem.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkPagination, corpusSample, corpusStatements, FIXED_STATEMENTS, summarise } from '../tests/output/pagination-check';

const sampleOnly = process.argv.includes('--sample');
const outDir = mkdtempSync(path.join(os.tmpdir(), 'briefwright-pagination-'));
const started = Date.now();
const comparisons = await checkPagination([...FIXED_STATEMENTS, ...(sampleOnly ? corpusSample() : corpusStatements())], outDir);
console.log(summarise(comparisons));
console.log(`files in ${outDir}; ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exitCode = comparisons.some((c) => c.problems.length > 0) ? 1 : 0;
