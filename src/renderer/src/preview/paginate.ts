/**
 * Splits measured flow units into pages: greedy, as the writers do — a unit that does not fit goes
 * to the next page; a unit taller than a page gets a page of its own. A unit marked keep-with-next
 * (a heading, what precedes the signature block: layout/pagination-rules.ts) is kept with the unit after it.
 */
export function paginate(heights: readonly number[], pageHeight: number, keepWithNext: readonly boolean[] = []): number[][] {
  const pages: number[][] = [[]];
  let used = 0;
  for (let index = 0; index < heights.length; index++) {
    const height = heights[index]!;
    let needed = height;
    if (keepWithNext[index] && index + 1 < heights.length) needed += heights[index + 1]!;
    const page = pages[pages.length - 1]!;
    if (page.length > 0 && used + Math.min(needed, pageHeight) > pageHeight) {
      pages.push([index]);
      used = height;
    } else {
      page.push(index);
      used += height;
    }
  }
  return pages;
}
