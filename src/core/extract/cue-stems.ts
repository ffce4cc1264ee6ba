/**
 * Stems that gate the cue patterns of an extractor. A cue pattern is costly to run, so each cue names the plain
 * words it cannot match without ("sign|exchang"), and a sentence holding none of them skips it. Testing each cue's
 * stems as a pattern of its own scanned a sentence once per cue (most of the initiative scan's time); here one
 * pattern of every stem, longest first, finds them all in one scan: at each position it finds the longest stem
 * there, and the shorter stems there are that one's prefixes, so every occurrence is found, overlapping ones too.
 */
export interface CueStems {
  /** The stems that occur in `sentence`, case-insensitively, anywhere. */
  readonly in: (sentence: string) => ReadonlySet<string>;
  /** Does the cue at `index` (in the order given) have one of its stems in `found`? */
  readonly gates: (index: number, found: ReadonlySet<string>) => boolean;
}

/** Each stem pattern must be case-insensitive literal alternatives ("sign|exchang"): anything else would be misread here. */
export function cueStems(stems: readonly RegExp[]): CueStems {
  const perCue = stems.map((stem) => {
    const literals = stem.source.split('|');
    if (stem.flags !== 'i' || literals.some((literal) => literal === '' || /[\\^$.*+?()[\]{}]/.test(literal))) {
      throw new Error(`cue stem /${stem.source}/${stem.flags} is not case-insensitive literal alternatives`);
    }
    return literals.map((literal) => literal.toLowerCase());
  });
  const all = [...new Set(perCue.flat())].sort((a, b) => b.length - a.length);
  const anyStem = new RegExp(all.join('|'), 'gi');
  const startingWith = new Map(all.map((stem) => [stem, all.filter((other) => stem.startsWith(other))]));
  return {
    in(sentence) {
      const found = new Set<string>();
      anyStem.lastIndex = 0;
      for (let match = anyStem.exec(sentence); match !== null; match = anyStem.exec(sentence)) {
        for (const stem of startingWith.get(match[0].toLowerCase()) ?? []) found.add(stem);
        anyStem.lastIndex = match.index + 1;
      }
      return found;
    },
    gates: (index, found) => (perCue[index] ?? []).some((stem) => found.has(stem)),
  };
}
