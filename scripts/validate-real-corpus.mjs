#!/usr/bin/env node
// Checks the real-statement corpus (corpus/real) against its conventions (corpus/real/README.md):
// the annotation's shape, that every `contains`/`startsWith` is copied byte for byte and occurs
// exactly once, that names occur in the text, and that no statement is one of those reserved for
// measuring the product (../shared/eval-exclusions). Plain JavaScript so annotators can run it
// without a build: node scripts/validate-real-corpus.mjs [corpus/real | FILE.json ...]
// Exit 1 with one line per problem; the corpus test (tests/real-corpus.test.ts) runs the same checks.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDecoder } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
const KINDS = ['news-release', 'joint-statement', 'readout', 'statement'];
const TOP_KEYS = ['id', 'source', 'meeting', 'participants', 'quotes', 'condemnations', 'initiatives'];
const SOURCE_KEYS = ['url', 'originalUrl', 'title', 'date', 'kind', 'issuer', 'language', 'licence'];
// "”" opens a quotation too: Swedish and Finnish write ”…”, and some releases open with it by mistake ("”I appreciate …", PMO Malaysia, round 59).
const OPENING_MARKS = /["“«‘'„”]$/u;

/** Where the reserved-statement checker lives: beside the project's checkout, as CI lays it out. */
export function findExclusionsChecker(start = here) {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared', 'eval-exclusions', 'check-url.mjs');
    if (existsSync(candidate)) return candidate;
    const sibling = path.join(dir, '..', 'shared', 'eval-exclusions', 'check-url.mjs');
    if (existsSync(sibling)) return path.resolve(sibling);
    if (path.dirname(dir) === dir) return null;
  }
}

const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ');
const wordCount = (text) => text.trim().split(/\s+/u).filter(Boolean).length;
const occurrences = (haystack, needle) => {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count++;
  return count;
};
const isDate = (value) => value === null || (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value));

/** Where the sentence holding `offset` starts: after the last ". " or blank line before it. */
function sentenceStart(text, offset) {
  let last = 0;
  // Matched on the whole text, so the look-ahead sees the first letter of the next sentence.
  for (const m of text.matchAll(/[.!?]["”’»]?[\s\u00a0]+(?=\S)|\n\s*\n/gu)) {
    if (m.index + m[0].length > offset) break;
    last = m.index + m[0].length;
  }
  return last;
}

/** Is text[at, at + contains.length) a whole sentence (its final mark, closing quote and the space after aside)? */
function isWholeSentence(text, at, contains) {
  if (sentenceStart(text, at) !== at) return false;
  const rest = text.slice(at + contains.length);
  return /^[.!?]?["”’»]?(?:[\s\u00a0]|$)/u.test(rest) && /[.!?]["”’»]?$/u.test(contains + (rest.match(/^[.!?]?["”’»]?/u)?.[0] ?? ''));
}

/**
 * Problems with one annotation, as readable lines ("id: what"). `reserved` is the
 * { isReservedUrl, isReservedTitle } module or null when the checker is not available.
 */
export function validateAnnotation(jsonPath, reserved) {
  const problems = [];
  const id = path.basename(jsonPath, '.json');
  const say = (message) => problems.push(`${id}: ${message}`);
  const txtPath = jsonPath.replace(/\.json$/, '.txt');
  if (!existsSync(txtPath)) return [`${id}: no ${path.basename(txtPath)} beside the annotation`];
  const bytes = readFileSync(txtPath);
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return [`${id}: the .txt is not valid UTF-8`];
  }
  let gold;
  try {
    gold = JSON.parse(readFileSync(jsonPath, 'utf8'));
  } catch (error) {
    return [`${id}: the .json does not parse (${error.message})`];
  }
  if (text.includes('\r')) say('the .txt has CR line ends; use LF');
  if (!text.endsWith('\n') || text.endsWith('\n\n')) say('the .txt must end with exactly one newline');
  const lines = text.split('\n');
  if (lines[1] !== '') say('line 2 of the .txt must be blank (title, blank line, body)');
  if (/&(amp|lt|gt|quot|nbsp|#\d+);/.test(text)) say('the .txt holds an HTML entity');

  const keys = Object.keys(gold);
  if (keys.join() !== TOP_KEYS.join()) say(`top-level keys must be ${TOP_KEYS.join(', ')} in that order (got ${keys.join(', ')})`);
  if (gold.id !== id) say(`id "${gold.id}" is not the file name`);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) say('id is not kebab-case');
  const source = gold.source ?? {};
  const sourceKeys = Object.keys(source);
  if (sourceKeys.sort().join() !== [...SOURCE_KEYS].sort().join()) say(`source keys must be ${SOURCE_KEYS.join(', ')} (got ${sourceKeys.join(', ')})`);
  if (source.title !== lines[0]) say('source.title is not line 1 of the .txt, character for character');
  if (!KINDS.includes(source.kind)) say(`source.kind "${source.kind}" is not one of ${KINDS.join(', ')}`);
  if (!['en', 'fr'].includes(source.language)) say('source.language must be "en" or "fr"');
  if (typeof source.url !== 'string' || !/^https?:\/\//.test(source.url)) say('source.url must be the address the text was found at');
  if (source.originalUrl !== null && (typeof source.originalUrl !== 'string' || !/^https?:\/\//.test(source.originalUrl))) say('source.originalUrl must be an address or null');
  if (typeof source.issuer !== 'string' || !source.issuer.trim()) say('source.issuer is missing');
  if (typeof source.licence !== 'string' || !source.licence.trim()) say('source.licence is missing');
  if (!isDate(source.date)) say('source.date must be YYYY-MM-DD or null');
  if (!gold.meeting || !isDate(gold.meeting.date)) say('meeting.date must be YYYY-MM-DD or null');
  if (gold.meeting && gold.meeting.location !== null && typeof gold.meeting.location !== 'string') say('meeting.location must be a string or null');

  if (reserved) {
    for (const url of [source.url, source.originalUrl].filter(Boolean)) if (reserved.isReservedUrl(url)) say(`RESERVED statement (url ${url}): remove it from the corpus`);
    if (typeof source.title === 'string' && reserved.isReservedTitle(source.title)) say('RESERVED statement (title): remove it from the corpus');
  }

  const folded = fold(text);
  for (const [list, fields] of [
    ['participants', ['name', 'title', 'country']],
    ['quotes', ['speaker', 'startsWith']],
    ['condemnations', ['target', 'contains']],
    ['initiatives', ['contains']],
  ]) {
    if (!Array.isArray(gold[list])) {
      say(`${list} must be an array`);
      continue;
    }
    gold[list].forEach((item, i) => {
      const itemKeys = Object.keys(item ?? {});
      if (itemKeys.sort().join() !== [...fields].sort().join()) say(`${list}[${i}] must have exactly ${fields.join(', ')}`);
      for (const f of fields) if (typeof item?.[f] !== 'string' || !item[f].trim()) say(`${list}[${i}].${f} is empty`);
    });
  }
  for (const p of gold.participants ?? []) if (p.name && !folded.includes(fold(p.name))) say(`participant "${p.name}" does not occur in the text`);
  const names = new Set((gold.participants ?? []).map((p) => fold(p.name ?? '')));
  if (names.size !== (gold.participants ?? []).length) say('two participants share a name');
  for (const q of gold.quotes ?? []) {
    if (q.speaker && !folded.includes(fold(q.speaker))) say(`speaker "${q.speaker}" does not occur in the text`);
    if (!q.startsWith) continue;
    const n = occurrences(text, q.startsWith);
    if (n !== 1) say(`quote startsWith "${q.startsWith}" occurs ${n} times (must be exactly once)`);
    const words = wordCount(q.startsWith);
    if (words < 6 || words > 10) say(`quote startsWith "${q.startsWith}" has ${words} words (6-10)`);
    const at = text.indexOf(q.startsWith);
    if (at > 0) {
      const before = text.slice(Math.max(0, at - 3), at).replace(/[\s\u00a0\u202f]+$/u, '');
      const lineStart = text[at - 1] === '\n';
      if (!OPENING_MARKS.test(before) && !lineStart) say(`quote startsWith "${q.startsWith}" is neither right after an opening quote mark nor at the start of a paragraph`);
    }
  }
  for (const list of ['condemnations', 'initiatives']) {
    const starts = [];
    for (const item of gold[list] ?? []) {
      if (!item.contains) continue;
      const n = occurrences(text, item.contains);
      if (n !== 1) say(`${list} contains "${item.contains}" occurs ${n} times (must be exactly once)`);
      const words = wordCount(item.contains);
      const at = text.indexOf(item.contains);
      // A sentence shorter than eight words is given whole ("Japan strongly condemns all forms of terrorism.").
      if ((words < 8 && !(at >= 0 && isWholeSentence(text, at, item.contains))) || words > 20) say(`${list} contains "${item.contains.slice(0, 60)}…" has ${words} words (8-20, or a shorter sentence whole)`);
      if (at >= 0) starts.push([sentenceStart(text, at), item.contains]);
    }
    const seen = new Map();
    for (const [start, contains] of starts) {
      if (seen.has(start)) say(`two ${list} fall in one sentence: "${seen.get(start).slice(0, 40)}…" and "${contains.slice(0, 40)}…"`);
      seen.set(start, contains);
    }
  }
  return problems;
}

/** Every problem in a corpus directory (or the given annotation files). */
export async function validateCorpus(targets) {
  const checker = findExclusionsChecker();
  const reserved = checker ? await import(pathToFileURL(checker).href) : null;
  const files = targets.flatMap((t) =>
    statSync(t).isDirectory()
      ? readdirSync(t)
          .filter((f) => f.endsWith('.json') && f !== 'corpus.json')
          .map((f) => path.join(t, f))
      : [t],
  );
  const problems = [];
  if (!reserved) problems.push('the reserved-statement checker (shared/eval-exclusions/check-url.mjs) was not found');
  if (targets.length === 1 && statSync(targets[0]).isDirectory()) {
    for (const f of readdirSync(targets[0]).filter((name) => name.endsWith('.txt'))) {
      if (!existsSync(path.join(targets[0], f.replace(/\.txt$/, '.json')))) problems.push(`${f}: no annotation beside it`);
    }
  }
  for (const file of files.sort()) problems.push(...validateAnnotation(file, reserved));
  return { files: files.length, problems };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const targets = process.argv.slice(2);
  const { files, problems } = await validateCorpus(targets.length ? targets : [path.join(here, '..', 'corpus', 'real')]);
  for (const p of problems) console.log(p);
  console.log(problems.length ? `${problems.length} problem(s) in ${files} annotation(s)` : `${files} annotation(s) valid`);
  process.exit(problems.length ? 1 : 0);
}
