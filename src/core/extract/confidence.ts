/**
 * Confidence of an extracted item, 0..1, so the editor can flag the weak ones. Each extractor knows
 * which of its rules fired, and the rules differ in how often they are right: "condemn" is nearly
 * always a condemnation, "urge" less so; a closing block "“…” – Name, Title" names its speaker for
 * certain, a title-only "the Minister said" does not. So a score is the rule's base value plus a few
 * adjustments for what the item itself shows (a named target, a country found, a glued-looking
 * overlong sentence). The values are set by hand from the rules' known failure modes, not learnt;
 * they order items by doubt, they are not probabilities.
 */

/**
 * Items under this confidence are flagged "Check against source" in the editor. The eval reports
 * (npm run eval) measure the flag with the same constant: precision of the items at or above it,
 * and the share of wrong items it catches.
 */
export const CHECK_AGAINST_SOURCE_BELOW = 0.7;

/** Sentences longer than this are usually two glued together, or a list run into prose. */
export const LONG_SENTENCE = 600;

/** Base plus adjustments, kept within [0.05, 0.99] and rounded to two decimals. */
export function confidence(base: number, ...adjustments: readonly number[]): number {
  const value = adjustments.reduce((sum, adjustment) => sum + adjustment, base);
  return Math.round(Math.min(0.99, Math.max(0.05, value)) * 100) / 100;
}
