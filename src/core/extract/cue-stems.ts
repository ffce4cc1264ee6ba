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
  /** The indices of the cues that have a stem in `sentence`, ascending: `in` then `gates` for every cue, in one pass. */
  readonly cuesIn: (sentence: string) => readonly number[];
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
  // Built on every start of the CLI and of the app's extraction worker, so in linear time: each stem's prefixes are looked up by
  // length (longest first, the order of `all`), and each stem's cues are listed once (comparing every stem with every other,
  // and every prefix with every cue's literals, was ~15 ms of a cold `extract`; issue 16).
  const known = new Set(all);
  const startingWith = new Map(all.map((stem) => [stem, prefixesOf(stem, known)]));
  const cuesOf = new Map<string, number[]>();
  perCue.forEach((literals, index) => {
    for (const literal of new Set(literals)) {
      const cues = cuesOf.get(literal);
      if (cues) cues.push(index);
      else cuesOf.set(literal, [index]);
    }
  });
  // For each stem found, the cues it opens, all of them: what a match turns on, without looking at every cue.
  const opens = new Map(all.map((stem) => [stem, [...new Set(startingWith.get(stem)!.flatMap((prefix) => cuesOf.get(prefix) ?? []))]]));
  const found = (sentence: string, onEach: (stem: string) => void) => {
    anyStem.lastIndex = 0;
    for (let match = anyStem.exec(sentence); match !== null; match = anyStem.exec(sentence)) {
      onEach(match[0].toLowerCase());
      anyStem.lastIndex = match.index + 1;
    }
  };
  const opened = new Uint8Array(perCue.length);
  return {
    in(sentence) {
      const stems = new Set<string>();
      found(sentence, (stem) => {
        // Every stem the pattern finds is a key: the pattern is made of them.
        for (const prefix of startingWith.get(stem)!) stems.add(prefix);
      });
      return stems;
    },
    gates: (index, stems) => (perCue[index] ?? []).some((stem) => stems.has(stem)),
    cuesIn(sentence) {
      // The same scan as `found`, inlined; each cue is listed when first opened and marked in `opened`, one buffer for all calls
      // (a call runs to completion), cleared again before returning. Sorted, the indices are the ascending ones the full sweep of
      // the buffer gave.
      const indices: number[] = [];
      try {
        anyStem.lastIndex = 0;
        for (let match = anyStem.exec(sentence); match !== null; match = anyStem.exec(sentence)) {
          // The match as written first: most are lower case already, and then it is its own key (lower-casing is idempotent, so a
          // match equal to a key, all lower-case stems, lower-cases to itself): the same entry without a new string.
          const stem = match[0];
          for (const index of opens.get(stem) ?? opens.get(stem.toLowerCase())!) {
            if (opened[index] === 0) {
              opened[index] = 1;
              indices.push(index);
            }
          }
          anyStem.lastIndex = match.index + 1;
        }
      } finally {
        for (const index of indices) opened[index] = 0;
      }
      return sortedAscending(indices);
    },
  };
}

/** The stems of `known` that `stem` starts with, itself included, longest first. */
function prefixesOf(stem: string, known: ReadonlySet<string>): string[] {
  const prefixes: string[] = [];
  for (let length = stem.length; length > 0; length--) {
    const prefix = stem.slice(0, length);
    if (known.has(prefix)) prefixes.push(prefix);
  }
  return prefixes;
}

/**
 * `indices.sort((a, b) => a - b)` for the few distinct cue indices of a sentence: an insertion sort in place (a handful of
 * elements, mostly found in order), without the comparator calls of Array#sort. Distinct integers have one ascending order, so
 * the result is the same array the sort gave.
 */
export function sortedAscending(indices: number[]): number[] {
  for (let i = 1; i < indices.length; i++) {
    const value = indices[i]!;
    let j = i - 1;
    while (j >= 0 && indices[j]! > value) {
      indices[j + 1] = indices[j]!;
      j--;
    }
    indices[j + 1] = value;
  }
  return indices;
}
