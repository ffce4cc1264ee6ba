import { describe, expect, it } from 'vitest';
import { exportStatusKind } from './export-status';

describe('which export outcomes stay until closed', () => {
  it('says nothing when idle, shows progress without a close button, and lets a plain success fade', () => {
    expect(exportStatusKind({ state: 'idle' })).toBeNull();
    expect(exportStatusKind({ state: 'exporting', format: 'pdf' })).toEqual({ kind: 'busy', sticky: true });
    expect(exportStatusKind({ state: 'finished', format: 'pdf', result: { status: 'saved', path: 'note.pdf' } })).toEqual({ kind: 'info', sticky: false });
    expect(exportStatusKind({ state: 'finished', format: 'docx', result: { status: 'cancelled' } })).toEqual({ kind: 'info', sticky: false });
  });

  it('keeps an error, a font warning and a note (items left out, the layout the PDF used) until closed', () => {
    expect(exportStatusKind({ state: 'finished', format: 'pdf', result: { status: 'error', message: 'Disk full' } })).toEqual({ kind: 'error', sticky: true });
    expect(exportStatusKind({ state: 'finished', format: 'pdf', result: { status: 'saved', path: 'note.pdf', unsupportedCharacters: ['한'] } })).toEqual({ kind: 'info', sticky: true });
    expect(exportStatusKind({ state: 'finished', format: 'pdf', result: { status: 'saved', path: 'note.pdf', note: 'Two items were left out.' } })).toEqual({ kind: 'info', sticky: true });
  });
});
