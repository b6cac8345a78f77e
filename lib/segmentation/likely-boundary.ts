/**
 * Where a reviewer splitting a sentence most likely wants the cut: after the first
 * sentence-final punctuation that is followed by more text, or at the start when there is none.
 */
export function likelyBoundary(text: string): number {
  const match = /[.!?。！？]["”’)]*\s*(?=\S)/.exec(text);
  return match ? match.index + match[0].length : 0;
}
