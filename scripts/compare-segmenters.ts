// Compares sentence segmenters on our hard cases, the Golden Rules and the sample articles, and
// measures their speed. Its output is pasted into docs/segmentation.md.
//   tsx scripts/compare-segmenters.ts
import { readFileSync, readdirSync } from "node:fs";
import nlp from "compromise";
import sbd from "sbd";
import { split } from "sentence-splitter";
import { segmentSentences } from "@/lib/segmentation/segment-sentences";
import { HARD_CASES } from "@/tests/fixtures/segmentation/hard-cases";
import {
  type GoldenRule,
  collapseWhitespace,
  readPassingGoldenRules,
  readSharedGoldenRules,
} from "@/tests/fixtures/segmentation/golden-rules";

type Segmenter = (text: string) => string[];

const intl = new Intl.Segmenter("en", { granularity: "sentence" });
const version = (pkg: string) =>
  (JSON.parse(readFileSync(new URL(`../node_modules/${pkg}/package.json`, import.meta.url), "utf8")) as { version: string }).version;

const SEGMENTERS: Record<string, Segmenter> = {
  [`Intl.Segmenter (Node ${process.versions.node}, ICU ${process.versions.icu})`]: (text) => [...intl.segment(text)].map((s) => s.segment),
  [`sbd ${version("sbd")}`]: (text) => sbd.sentences(text),
  [`sentence-splitter ${version("sentence-splitter")}`]: (text) =>
    split(text).flatMap((node) => (node.type === "Sentence" ? [(node as { raw: string }).raw] : [])),
  [`compromise ${version("compromise")}`]: (text) => nlp(text).sentences().out("array") as string[],
  "lib/segmentation (ours)": (text) => segmentSentences(text).map((s) => s.text),
};

interface Case {
  id: string;
  input: string;
  expected: string[];
}

/** Compared with runs of whitespace collapsed: libraries differ in what they keep between words. */
const run = (segment: Segmenter, input: string) => segment(input).map(collapseWhitespace).filter(Boolean);
const passes = (segment: Segmenter, c: Case) =>
  JSON.stringify(run(segment, c.input)) === JSON.stringify(c.expected.map(collapseWhitespace));

function sampleParagraphCases(): Case[] {
  const dir = new URL("../tests/fixtures/samples/", import.meta.url);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".expected.json"))
    .flatMap((name) => {
      const expected = JSON.parse(readFileSync(new URL(name, dir), "utf8")) as { paragraphs: { sentences: string[] }[] };
      return expected.paragraphs.map((p, i) => ({ id: `${name.slice(0, 3)}#${i}`, input: p.sentences.join(" "), expected: p.sentences }));
    });
}

/** Sentences per second over the sample paragraphs, after a warm-up. */
function throughput(segment: Segmenter, paragraphs: string[]): number {
  const deadline = performance.now() + 1500;
  let sentences = 0;
  for (const p of paragraphs) segment(p);
  const started = performance.now();
  while (performance.now() < deadline) for (const p of paragraphs) sentences += segment(p).length;
  return sentences / ((performance.now() - started) / 1000);
}

const shared = readSharedGoldenRules();
const golden: GoldenRule[] = shared ?? readPassingGoldenRules();
const isChinese = (c: { input: string }) => /\p{Script=Han}/u.test(c.input);
const suites: Record<string, Case[]> = {
  "English hard cases": HARD_CASES.filter((c) => !isChinese(c)).map((c) => ({ id: c.name, ...c })),
  "Chinese cases": HARD_CASES.filter(isChinese).map((c) => ({ id: c.name, ...c })),
  "Golden Rules": golden.map((rule) => ({ id: String(rule.id), input: rule.input, expected: rule.expected })),
  "Sample paragraphs": sampleParagraphCases(),
};
const samples = suites["Sample paragraphs"]?.map((c) => c.input) ?? [];

console.log(
  `Golden Rules source: ${shared ? "../shared/bench/golden_rules_en.json (52 rules)" : "in-repository copy of the passing rules"}\n`,
);
console.log(
  `| Segmenter | ${Object.entries(suites)
    .map(([name, cases]) => `${name} (/${cases.length})`)
    .join(" | ")} | Sentences/s |`,
);
console.log(
  `|---|${Object.keys(suites)
    .map(() => "---:")
    .join("|")}|---:|`,
);
const failures: string[] = [];
for (const [name, segment] of Object.entries(SEGMENTERS)) {
  const scores = Object.entries(suites).map(([suite, cases]) => {
    const failed = cases.filter((c) => !passes(segment, c)).map((c) => c.id);
    if (suite !== "Sample paragraphs") failures.push(`- ${name}, ${suite}: ${failed.join("; ") || "none"}`);
    return cases.length - failed.length;
  });
  const speed = Math.round(throughput(segment, samples) / 1000);
  console.log(`| ${name} | ${scores.join(" | ")} | ${speed}k |`);
}
console.log(`\nFailed cases (Golden Rules by id, the others by name):\n${failures.join("\n")}`);
