import { describe, expect, it } from 'vitest';
import type { Template } from '../model/template';
import { findBuiltInTemplate } from '../templates/template-loader';
import { memoLabels } from './memo-labels';

const english = findBuiltInTemplate('briefing-note')!;
/** An older template: the schema's defaults for to/from/approvedBy, none of the memo words. */
const older: Template['labels'] = {
  documentType: 'Note',
  forInformation: 'For information',
  forDecision: 'For decision',
  date: 'Date',
  fileNumber: 'File',
  preparedBy: 'Prepared by',
  meeting: 'Meeting',
  location: 'Location',
  said: 'said',
  to: 'To',
  from: 'From',
  approvedBy: 'Approved by',
  markings: {},
};

describe('memoLabels', () => {
  it('an older template without memo words gets them in the note language', () => {
    expect(memoLabels(older, 'en')).toEqual({
      memorandumTo: 'Memorandum to',
      from: 'From',
      subject: 'Subject',
      approved: 'Approved',
      notApproved: 'Not approved',
      signature: 'Signature',
      meetingDate: 'Meeting date',
    });
    // The schema's English default 'From' is replaced by « De » in a French note.
    expect(memoLabels(older, 'fr')).toEqual({
      memorandumTo: 'Note à',
      from: 'De',
      subject: 'Objet',
      approved: 'Approuvé',
      notApproved: 'Non approuvé',
      signature: 'Signature',
      meetingDate: 'Date de la réunion',
    });
  });

  it("uses the template's own words, trimmed, and falls back where one is blank", () => {
    const own = { ...older, memorandumTo: ' Note to ', from: ' Expéditeur ', subject: 'Re', approved: 'Yes', notApproved: 'No', signature: 'Sign here', meetingDate: '  ' };
    expect(memoLabels(own, 'fr')).toEqual({ memorandumTo: 'Note to', from: 'Expéditeur', subject: 'Re', approved: 'Yes', notApproved: 'No', signature: 'Sign here', meetingDate: 'Date de la réunion' });
    expect(memoLabels({ ...older, from: '  ' }, 'fr').from).toBe('De');
    expect(memoLabels({ ...english.labels, from: ' Sender ' }, 'en').from).toBe('Sender');
  });
});
