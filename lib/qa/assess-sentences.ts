// The pluggable quality step of an import: given an article's sentences, returns QA findings
// and a suspicion score (0 = looks fine, 1 = almost surely garbled) for each.
// Detection of garbled MT is its own issue; until it lands this step finds nothing.

export interface QaFinding {
  check: string;
  message: string;
  span?: [number, number];
}

export interface SentenceAssessment {
  qaFindings: QaFinding[];
  suspicion: number;
}

export type SentenceAssessor = (sentences: readonly string[]) => SentenceAssessment[];

export const assessSentences: SentenceAssessor = (sentences) => sentences.map(() => ({ qaFindings: [], suspicion: 0 }));
