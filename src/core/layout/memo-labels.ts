/**
 * The words of a Government of Canada memo's furniture, from the template's labels or, where an
 * older template has none, in the note's language (TERMIUM Plus / GC usage): MEMORANDUM TO / NOTE À,
 * SUBJECT / OBJET, Approved / Approuvé, Not approved / Non approuvé. Pure.
 */
import type { Template } from '../model/template';
import type { Language } from '../model/statement';

export interface MemoLabels {
  readonly memorandumTo: string;
  readonly from: string;
  readonly subject: string;
  readonly approved: string;
  readonly notApproved: string;
  readonly signature: string;
  readonly meetingDate: string;
}

const DEFAULTS: Record<Language, MemoLabels> = {
  en: {
    memorandumTo: 'Memorandum to',
    from: 'From',
    subject: 'Subject',
    approved: 'Approved',
    notApproved: 'Not approved',
    signature: 'Signature',
    meetingDate: 'Meeting date',
  },
  fr: {
    memorandumTo: 'Note à',
    from: 'De',
    subject: 'Objet',
    approved: 'Approuvé',
    notApproved: 'Non approuvé',
    signature: 'Signature',
    meetingDate: 'Date de la réunion',
  },
};

export function memoLabels(labels: Template['labels'], language: Language): MemoLabels {
  const fallback = DEFAULTS[language];
  const pick = (value: string | undefined, otherwise: string) => (value?.trim() ? value.trim() : otherwise);
  return {
    memorandumTo: pick(labels.memorandumTo, fallback.memorandumTo),
    // `from` defaults to the English 'From' in the schema; a French template without its own says « De ».
    from: language === 'fr' && labels.from === 'From' ? fallback.from : pick(labels.from, fallback.from),
    subject: pick(labels.subject, fallback.subject),
    approved: pick(labels.approved, fallback.approved),
    notApproved: pick(labels.notApproved, fallback.notApproved),
    signature: pick(labels.signature, fallback.signature),
    meetingDate: pick(labels.meetingDate, fallback.meetingDate),
  };
}
