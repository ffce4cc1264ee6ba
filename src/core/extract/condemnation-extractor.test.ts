/**
 * Condemnation cues on house-style sentences written for each cue family (not copied from the corpus):
 * one sentence per verb, noun or French form, and near-misses that must stay out (discussion, welcome,
 * reaffirmed commitment, condolences, another body's condemnation reported).
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../import/text-importer';
import { extractCondemnations } from './condemnation-extractor';

const found = (sentence: string): boolean => extractCondemnations(importText(`Statement\n\n${sentence}\n`)).length > 0;

describe('condemnation cues', () => {
  it.each([
    'The Ministers strongly condemned Russia’s continued attacks on Ukraine’s energy infrastructure.',
    'We deplore the decision by the military junta to extend the state of emergency.',
    'The United States denounces the sham trial of opposition leader Vladimir Kara-Murza.',
    'Canada is deeply concerned by the escalating violence in eastern Democratic Republic of the Congo.',
    'The leaders called on Iran to cease its support for Russia’s war of aggression.',
    'We urge all parties to exercise maximum restraint and to protect civilians.',
    'The Secretary expressed grave concern over the DPRK’s ballistic missile launches.',
    'They reiterated their condemnation of the Hamas terrorist attacks of October 7.',
    'We reject in the strongest terms the annexation of Ukrainian territory.',
    'The ministers demanded the immediate release of all hostages.',
    'Australia is appalled by the execution of four pro-democracy activists by the Myanmar military regime.',
    'We are alarmed by reports of mass atrocities in El Fasher.',
    'The Minister said the attack was an unacceptable violation of international law.',
    'Le Canada condamne fermement l’essai nucléaire effectué par la Corée du Nord.',
    'La France déplore la décision des autorités russes de prolonger la détention de M. Navalny.',
    'Les ministres ont exprimé leur vive préoccupation face à la détérioration de la situation humanitaire à Gaza.',
    'Nous appelons la Russie à retirer immédiatement ses troupes du territoire ukrainien.',
    'Le Canada exhorte toutes les parties à faire preuve de retenue.',
    'Les dirigeants ont dénoncé les violations flagrantes des droits de la personne commises par le régime iranien.',
    'La France demande la libération immédiate et sans condition des otages.',
    'Nous sommes profondément préoccupés par la répression violente des manifestations pacifiques.',
    'The G7 strongly condemns the DPRK’s launch of a ballistic missile on March 16.',
    'The Prime Minister condemned the attack in the strongest possible terms.',
    'The ministers expressed serious concern about China’s destabilizing actions in the South China Sea.',
    'We are outraged by the brutal murder of journalist Jamal Khashoggi.',
    'We call upon the Taliban to reverse these restrictions on women and girls.',
    'Les ministres ont réitéré leur ferme condamnation de l’agression russe contre l’Ukraine.',
    // From real statements (issue 12): a French "must" addressed to a party, and a call on a party.
    'Les dirigeants ont convenu que le Hamas doit déposer les armes et ne jouer aucun rôle dans la gouvernance de Gaza.',
    'Les otages doivent être libérés immédiatement et sans condition.',
    'La France appelle la Russie à cesser immédiatement ses frappes contre les infrastructures civiles.',
    'Le Canada appelle à la cessation immédiate des hostilités.',
  ])('finds a condemnation in %s', (sentence) => {
    expect(found(sentence)).toBe(true);
  });

  it.each([
    'The two leaders discussed the situation in the Middle East.',
    'The Minister welcomed the progress made on the Comprehensive Economic and Trade Agreement.',
    'Les ministres ont discuté de la situation au Sahel.',
    'They reaffirmed their commitment to a free and open Indo-Pacific.',
    'The Prime Minister expressed his condolences to the families of the victims.',
    'The Council noted the condemnation of the attack by the African Union.',
    // A call on no one for help is no demand on a party (ca-pm-fr-carney-dirigeants-vatican-2025-05).
    'Il a appelé à l’acheminement urgent d’une aide humanitaire vitale aux civils.',
  ])('finds none in %s', (sentence) => {
    expect(found(sentence)).toBe(false);
  });
});

describe('a French cue ending on an elided « d’ »', () => {
  it.each(['Le Canada réitère sa ferme condamnation d’une attaque contre des civils.', "Les ministres ont réitéré leur condamnation d'un acte illégal."])('finds the condemnation in %s', (sentence) => {
    expect(found(sentence)).toBe(true);
  });
});

describe('« atteinte » is a violation only when it is done to something (« atteinte à »)', () => {
  it('finds the condemnation in « une atteinte grave à la souveraineté de l’Ukraine »', () => {
    expect(found('Le Canada dénonce toute atteinte grave à la souveraineté de l’Ukraine.')).toBe(true);
    expect(found('Ces frappes constituent une atteinte à l’intégrité territoriale de l’Ukraine.')).toBe(true);
  });

  it('finds none in reaching a target (PMO readout, The Hague 2025)', () => {
    expect(found("Le premier ministre a présenté le plan du Canada, en soulignant que ce plan prévoit l'atteinte de la cible de 2 % de l'OTAN dès cette année.")).toBe(false);
  });
});

describe('plain concern about the actions "of" a named party', () => {
  it('finds the condemnation in "expressed concerns about the provocations of the DPRK" (Korea MOFA readout, 2022)', () => {
    expect(found('Foreign Minister Park expressed concerns about the provocations of the DPRK, including the most frequent ballistic missile launches ever this year.')).toBe(true);
  });

  it('finds none in concern about a situation of a named people', () => {
    expect(found('The ministers expressed concern about the humanitarian situation of the Rohingya.')).toBe(false);
  });
});

describe("a named party's act called a violation", () => {
  it.each([
    'The leaders discussed burden sharing and Russia’s ongoing violation of the Intermediate-Range Nuclear Forces Treaty.',
    "The ministers discussed Iran's repeated violations of its nuclear commitments.",
  ])('finds the condemnation in %s', (sentence) => {
    expect(found(sentence)).toBe(true);
  });

  it('finds none in a violation nobody commits', () => {
    expect(found('The ministers discussed how to report violations of the ceasefire.')).toBe(false);
  });
});

describe('a call without a verb of calling: a named party that should, or is expected to, stop (corpus convention)', () => {
  it('finds it in "… that the DPRK will stop further provocations" (Korea MOFA, 2022), in "should" and in French', () => {
    expect(found('He also stressed that it is in common interests of both sides that the DPRK will stop further provocations including nuclear tests.')).toBe(true);
    expect(found('Russia should withdraw its forces from the territory of Ukraine.')).toBe(true);
    expect(found('Les ministres ont demandé instamment que la Russie cesse ses frappes contre les civils.')).toBe(true);
  });

  it('finds none in the authors’ own step, or a wish no party is made to act on', () => {
    expect(found('We should stop relying on a single supplier of critical minerals.')).toBe(false);
    expect(found('Australia decided to withdraw the request.')).toBe(false);
    expect(found('It is time for the war to end.')).toBe(false);
  });
});

describe('deep concern in other words', () => {
  it.each(['We are deeply troubled by reports of mass arrests in Minsk.', 'Canada is dismayed by the decision to expel the journalists.', 'The ministers were gravely disturbed by the attack on the convoy.'])('finds the condemnation in %s', (sentence) => {
    expect(found(sentence)).toBe(true);
  });

  it('finds none in trouble without the depth, or a troubled region', () => {
    expect(found('The ministers discussed the troubled region of the Sahel.')).toBe(false);
    expect(found('They were troubled by delays in the construction schedule.')).toBe(false);
  });
});

describe('condemnation forms beyond the corpus', () => {
  it.each([
    // the French first person plural of dénoncer keeps its cedilla
    'Nous dénonçons la répression violente des manifestants.',
    // « exiger » as "demand": the release, the end, the withdrawal
    'Nous exigeons la libération immédiate des otages.',
    'La France exige l’arrêt immédiat des frappes contre les civils.',
    // outrage as a noun, as "outraged by" is counted
    'Ministers expressed their outrage at the killing of aid workers.',
  ])('counts: %s', (sentence) => {
    expect(found(sentence)).toBe(true);
  });

  it.each([
    // a demand that is no stop, release or withdrawal; alarm as an alarm system
    'Le Canada exige la transparence dans les marchés publics.',
    'The ministers discussed an early-warning alarm system for tsunamis.',
  ])('does not count: %s', (sentence) => {
    expect(found(sentence)).toBe(false);
  });
});

describe('French violations in the plural', () => {
  it('counts qualified violations (« les violations répétées du droit international par l’Iran »)', () => {
    expect(found('Il lui a été signifié une mise en garde : les violations répétées du droit international par l’Iran ne pourront rester sans réponse.')).toBe(true);
  });

  it.each(['Le rapport recense les violations des droits de la personne commises par le régime.', 'Les ministres ont discuté de la prévention des violations de cessez-le-feu.'])(
    'does not count plain plural violations: %s',
    (sentence) => {
      expect(found(sentence)).toBe(false);
    },
  );
});

describe('the prefilter', () => {
  it('holds every stem of every cue, so no cue is skipped unread', async () => {
    const { stemsMissingFromPrefilter } = await import('./condemnation-extractor');
    expect(stemsMissingFromPrefilter()).toEqual([]);
  });
});
