import { describe as group, expect, it } from 'vitest';
import { importStatement } from '../import/importers';
import { decodeTextReporting, decodingNotices } from '../import/text-importer';
import { ImportError } from '../import/text-importer';
import { parseDraft } from '../draft/draft-file';
import { boundBriefing } from '../compose/note-bounds';
import { MAX_IMPORT_BYTES } from '../limits';
import { describe, englishText } from './describe';
import { createTranslator } from './translator';
import { userMessage } from './user-message';

const en = createTranslator('en');
const fr = createTranslator('fr');
const NNBSP = '\u202f'; // Intl's French thousands separator
const NBSP = '\u00a0';

async function importError(bytes: Uint8Array, name?: string): Promise<ImportError> {
  try {
    await importStatement(bytes, name);
  } catch (error) {
    return error as ImportError;
  }
  throw new Error('imported');
}

group('describe', () => {
  it('renders a core error by its code in either language, its English text being error.message', async () => {
    const error = await importError(new Uint8Array(0), 'vide.txt');
    expect(error.userMessage).toEqual({ code: 'import.empty', params: { name: 'vide.txt' } });
    expect(error.message).toBe('vide.txt is empty');
    expect(describe(error, en)).toBe(error.message);
    expect(describe(error, fr)).toBe('vide.txt est vide');
  });

  it('says "the file" in the language when the file has no name', async () => {
    const error = await importError(new Uint8Array(0));
    expect(error.message).toBe('The file is empty');
    expect(describe(error, fr)).toBe('Le fichier est vide');
  });

  it('formats sizes with Intl in the language: "5,2 Mo" in French', async () => {
    const error = await importError(new Uint8Array(Math.round(5.2 * 1024 * 1024)), 'gros.pdf');
    expect(error.message).toBe('gros.pdf is too large to import (5.2 MB; the limit is 5 MB)');
    expect(describe(error, fr)).toBe(`gros.pdf est trop volumineux pour être importé (5,2${NBSP}Mo${NBSP}; la limite est de 5${NBSP}Mo)`);
    // Just over the limit: in bytes, so the size never prints as the limit itself.
    const justOver = await importError(new Uint8Array(MAX_IMPORT_BYTES + 1), 'juste.txt');
    expect(justOver.message).toBe('juste.txt is too large to import (5,242,881 bytes; the limit is 5 MB (5,242,880 bytes))');
    expect(describe(justOver, fr)).toBe(`juste.txt est trop volumineux pour être importé (5${NNBSP}242${NNBSP}881${NBSP}octets${NBSP}; la limite est de 5${NBSP}Mo (5${NNBSP}242${NNBSP}880${NBSP}octets))`);
  });

  it('chooses the plural form by the language’s rules and groups digits as the language does', () => {
    const one = decodingNotices({ text: 'x', replaced: 1 }, 'a.txt');
    const many = decodingNotices({ text: 'x', replaced: 1234 }, 'a.txt');
    expect(describe(one[0], en)).toMatch(/^a\.txt is not entirely valid UTF-8: 1 character could not be read and was replaced/);
    expect(describe(many[0], en)).toMatch(/: 1,234 characters could not be read and were replaced/);
    expect(describe(one[0], fr)).toMatch(/: 1 caractère n'a pu être lu et a été remplacé par/);
    expect(describe(many[0], fr)).toMatch(new RegExp(`: 1${NNBSP}234 caractères n'ont pu être lus et ont été remplacés par`));
    expect(describe(userMessage('cuts.itemsShortened', { count: 2, limit: 20_000 }), fr)).toBe(`2 éléments dépassaient 20${NNBSP}000 caractères et ont été raccourcis.`);
    expect(describe(userMessage('cuts.itemsShortened', { count: 1, limit: 20_000 }), en)).toBe('1 item was longer than 20,000 characters and was shortened.');
  });

  it('renders nested messages (a reason, a size) in the same language', () => {
    const refused = userMessage('import.docxRefused', { name: 'bombe.docx', reason: userMessage('zip.unpacksToDeclared', { limit: userMessage('size.mb', { value: 64 }), declared: userMessage('size.mb', { value: 4096 }) }) });
    expect(englishText(refused)).toBe('bombe.docx is refused: it unpacks to more than 64 MB (4,096 MB declared), far more than a statement holds (the limit keeps Briefwright from running out of memory)');
    expect(describe(refused, fr)).toBe(
      `bombe.docx est refusé${NBSP}: il se décompresse en plus de 64${NBSP}Mo (4${NNBSP}096${NBSP}Mo déclarés), bien plus que ne contient une déclaration (la limite évite que Briefwright manque de mémoire)`,
    );
  });

  it('renders the cut notices of an over-long note and a damaged draft in French', () => {
    const item = { id: 'i', text: 'x'.repeat(30_000), originalText: 'x', attribution: '', included: true, edited: false, confidence: 1 };
    const briefing = { metadata: { title: 't' }, sections: [{ id: 's', kind: 'summary', heading: 'Résumé', layout: 'paragraph', included: true, items: [item] }] };
    const { cuts, cutNotices } = boundBriefing(briefing as never);
    expect(cuts).toEqual(['1 item was longer than 20,000 characters and was shortened.']);
    expect(cutNotices.map((notice) => describe(notice, fr))).toEqual([`1 élément dépassait 20${NNBSP}000 caractères et a été raccourci.`]);
    let draftError: unknown;
    try {
      parseDraft('{', 'note.briefwright.json');
    } catch (error) {
      draftError = error;
    }
    expect(describe(draftError, en)).toBe('note.briefwright.json is not a Briefwright draft (it is not valid JSON; the file may be damaged).');
    expect(describe(draftError, fr)).toBe(`note.briefwright.json n'est pas une ébauche Briefwright (ce n'est pas du JSON valide${NBSP}; le fichier est peut-être endommagé).`);
  });

  it('shows an error without a code by its message, and anything else as text', () => {
    expect(describe(new Error('disk full'), fr)).toBe('disk full');
    expect(describe('plain', fr)).toBe('plain');
    expect(decodeTextReporting(new TextEncoder().encode('bonjour'), 'a.txt').replaced).toBe(0);
  });
});
