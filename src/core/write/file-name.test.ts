import { describe, expect, it } from 'vitest';
import { cutAtWordBoundary, fileNameSafeText, fileNameWithExtension, MAX_FILE_NAME_BYTES, noteFileBaseName, safeBaseName } from './file-name';

const LONG_TITLE = 'Joint statement of the Foreign and Defence Ministers of Canada and the Republic of Korea on the 2+2 Ministerial Meeting: building a resilient partnership, September 2026';

describe('note file names', () => {
  it('cuts a long title at a word boundary, never mid-word, without a dangling comma or dash', () => {
    const name = noteFileBaseName('2026-12-02', LONG_TITLE, 'Briefing note');
    expect(name.length).toBeLessThanOrEqual(100);
    expect(name).toBe('2026-12-02 Joint statement of the Foreign and Defence Ministers of Canada and the Republic of Korea');
    expect(`${LONG_TITLE} `).toContain(`${name.slice('2026-12-02 '.length)} `);
    // The example: "…joint statement, Septe.pdf" — a cut just past a comma drops the comma too.
    const title = `${'Readout '.repeat(10)}of the joint statement, September 2026`;
    const cut = cutAtWordBoundary(title, 106);
    expect(cut).toBe(`${'Readout '.repeat(10)}of the joint statement`);
  });

  it('keeps the title’s punctuation where file systems allow it and replaces the rest sensibly', () => {
    expect(fileNameSafeText('Canada–ROK 2+2 (Ottawa), Foreign & Defence; day 1 … l’accord')).toBe('Canada–ROK 2+2 (Ottawa), Foreign & Defence; day 1 … l’accord');
    expect(fileNameSafeText('Ministerial Meeting: building a partnership')).toBe('Ministerial Meeting – building a partnership');
    expect(fileNameSafeText('Réunion ministérielle : un partenariat')).toBe('Réunion ministérielle – un partenariat');
    expect(fileNameSafeText('Call at 10:30 with A:B')).toBe('Call at 10.30 with A-B');
    expect(fileNameSafeText('The "Team Canada" mission')).toBe('The “Team Canada” mission');
    expect(fileNameSafeText('Canada/Korea and EU / NATO | G7')).toBe('Canada-Korea and EU - NATO - G7');
    expect(fileNameSafeText('What next? *Urgent* <draft>')).toBe('What next Urgent draft');
    expect(fileNameSafeText('Line one\nline\ttwo')).toBe('Line one line two');
  });

  it('leaves no name a file system refuses or hides', () => {
    expect(safeBaseName('../../etc/passwd')).toBe('etc-passwd');
    expect(safeBaseName('.hidden note')).toBe('hidden note');
    expect(safeBaseName('Note ends with dots...')).toBe('Note ends with dots');
    expect(safeBaseName('CON')).toBe('CON note');
    expect(safeBaseName('???')).toBe('');
    expect(noteFileBaseName('', '???', 'Briefing note')).toBe('Briefing note');
    expect(noteFileBaseName('', '', 'Note d’information')).toBe('Note d’information');
  });

  it('fits a title in Korean or with long words into the byte limit, cutting between characters', () => {
    const korean = '대한민국 외교부 장관과 캐나다 외교부 장관의 공동 성명 '.repeat(8);
    const name = safeBaseName(korean);
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(korean.startsWith(name)).toBe(true);
    expect(korean[name.length]).toBe(' ');
    const oneWord = 'x'.repeat(150);
    expect(safeBaseName(oneWord)).toBe('x'.repeat(100));
    const emoji = '🇨🇦'.repeat(80);
    expect([...safeBaseName(emoji)].every((character) => /\p{Regional_Indicator}/u.test(character))).toBe(true);
  });

  it('opens a quotation at the very start of the title, and collapses runs of spaces to one', () => {
    expect(fileNameSafeText('"Team Canada" in Seoul')).toBe('“Team Canada” in Seoul');
    expect(fileNameSafeText('Canada  and   Korea')).toBe('Canada and Korea');
  });

  it('fits a name of exactly the byte limit as it is, and one byte over is cut', () => {
    const exact = 'é'.repeat(50); // 100 bytes
    expect(cutAtWordBoundary(exact, 100, 100)).toBe(exact);
    expect(cutAtWordBoundary(`${exact}a`, 100, 100)).toBe(exact);
  });

  it('cuts between characters when cutting at the last space would leave only punctuation', () => {
    const text = `-- ${'x'.repeat(150)}`;
    expect(cutAtWordBoundary(text, 100)).toBe(text.slice(0, 100));
  });

  it('adds the extension once, keeping the officer’s own spelling of it', () => {
    expect(fileNameWithExtension('2026-12-02 Note: draft', '.pdf', 'briefing-note')).toBe('2026-12-02 Note – draft.pdf');
    expect(fileNameWithExtension('note.DOCX', '.docx', 'briefing-note')).toBe('note.DOCX');
    expect(fileNameWithExtension('...', '.pdf', 'briefing-note')).toBe('briefing-note.pdf');
    expect(fileNameWithExtension('Meeting: A/B', '.briefwright.json', 'briefing-note')).toBe('Meeting – A-B.briefwright.json');
  });
});
