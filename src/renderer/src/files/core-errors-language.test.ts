/**
 * The core's errors reach the officer in the interface's language: describe() renders them by their
 * codes with the UI's i18n instance (issue 15). Only the core's part of each notice is checked here;
 * the words around it are the 'ui' catalogue's.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { findBuiltInTemplate } from '../../../core/templates/template-loader';
import type { Host } from '../host/host';
import { setUiLanguage } from '../i18n/ui-i18n';
import { useBriefwrightStore } from '../state/store';
import { createMemoryTemplates, createMemoryWordTemplates } from '../testing/memory-templates';
import { importTemplateFile } from '../templates/template-actions';
import { openFile } from './open-input';

const NBSP = '\u00a0';
const state = () => useBriefwrightStore.getState();
const briefingNote = findBuiltInTemplate('briefing-note')!;

function host(): Host {
  return {
    kind: 'browser',
    exportNote: vi.fn(),
    saveDraft: vi.fn(),
    autosave: { write: vi.fn(async () => undefined), read: vi.fn(async () => null), clear: vi.fn(async () => undefined) },
    templates: createMemoryTemplates(),
    wordTemplates: createMemoryWordTemplates(),
    exportWordNote: vi.fn(),
  };
}

beforeEach(() => setUiLanguage('fr'));
afterEach(() => setUiLanguage('en'));

it('says an import error and a damaged draft in French', async () => {
  expect(await openFile(new File([], 'vide.txt'))).toBe(false);
  expect(state().notice).toMatchObject({ kind: 'error', text: expect.stringContaining('vide.txt est vide.') });
  expect(await openFile(new File(['{'], 'note.briefwright.json'))).toBe(false);
  expect(state().notice?.text).toContain(`note.briefwright.json n'est pas une ébauche Briefwright (ce n'est pas du JSON valide${NBSP}; le fichier est peut-être endommagé).`);
});

it('says a refused template file in French, and in English once the officer switches back', async () => {
  const odd = { ...briefingNote, id: 'odd', sections: [{ id: 'x', kind: 'weather', heading: 'W', layout: 'bullets' }] };
  expect(await importTemplateFile(host(), new File([JSON.stringify(odd)], 'odd.json'), () => true)).toBeNull();
  expect(state().notice?.text).toContain(`odd.json${NBSP}: la section 1 est d'un type inconnu «${NBSP}weather${NBSP}»`);
  const future = { ...briefingNote, id: 'future', schemaVersion: 2 };
  expect(await importTemplateFile(host(), new File([JSON.stringify(future)], 'future.json'), () => true)).toBeNull();
  expect(state().notice?.text).toContain(`future.json a été créé par une version plus récente de Briefwright (schéma de modèle 2${NBSP}; cette version lit le schéma 1).`);
  setUiLanguage('en');
  expect(await importTemplateFile(host(), new File([JSON.stringify(future)], 'future.json'), () => true)).toBeNull();
  expect(state().notice?.text).toContain('future.json was made by a newer version of Briefwright (template schema 2; this version reads 1).');
});
