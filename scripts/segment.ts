// Sentence segmentation for pipelines and evaluation (docs/segmentation.md, "Command line").
//   tsx scripts/segment.ts [--lang en|zh] FILE...   → [{"file": "...", "sentences": ["...", ...]}, ...]
//   tsx scripts/segment.ts [--lang en|zh] --json    → stdin ["text", ...], stdout [["...", ...], ...]
// Exit codes: 0 success, 1 bad input (file, encoding, JSON), 2 bad usage. Errors are one line on stderr.
import { readFileSync } from "node:fs";
import { decodeArticleFile } from "@/lib/articles/decode-article-file";
import { AppError } from "@/lib/errors";
import { segmentationLanguageSchema, segmentTextsSchema } from "@/lib/segmentation/schemas";
import { type SegmentationLanguage, segmentSentences } from "@/lib/segmentation/segment-sentences";

const USAGE = "usage: segment [--lang en|zh] FILE... | segment [--lang en|zh] --json < texts.json";

class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

interface Options {
  json: boolean;
  language?: SegmentationLanguage;
  files: string[];
}

function parseArgs(args: string[]): Options {
  const options: Options = { json: false, files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--") {
      options.files.push(...args.slice(i + 1));
      break;
    }
    if (arg === "--json") options.json = true;
    else if (arg === "--lang" || arg.startsWith("--lang=")) {
      const value = arg === "--lang" ? args[++i] : arg.slice("--lang=".length);
      const parsed = segmentationLanguageSchema.safeParse(value);
      if (!parsed.success) throw new CliError(`${parsed.error.issues[0]?.message}. ${USAGE}`, 2);
      options.language = parsed.data;
    } else if (arg === "-h" || arg === "--help") throw new CliError(USAGE, 2);
    else if (arg.startsWith("-")) throw new CliError(`unknown option ${arg}. ${USAGE}`, 2);
    else options.files.push(arg);
  }
  if (options.json && options.files.length > 0) throw new CliError(`--json reads stdin; give no files. ${USAGE}`, 2);
  if (!options.json && options.files.length === 0) throw new CliError(`no input. ${USAGE}`, 2);
  return options;
}

const sentencesOf = (text: string, language?: SegmentationLanguage) =>
  segmentSentences(text, language ? { language } : {}).map((span) => span.text);

function readFileText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : (code ?? "unreadable");
    throw new CliError(`cannot read ${file}: ${reason}`, 1);
  }
  return decodeArticleFile(bytes, file);
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function readJsonTexts(): string[] {
  let text: string;
  try {
    text = utf8.decode(readFileSync(0));
  } catch {
    throw new CliError("stdin is not UTF-8 text", 1);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CliError(`stdin is not valid JSON (${(error as Error).message})`, 1);
  }
  const parsed = segmentTextsSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const detail = issue && issue.path.length > 0 ? ` (item ${issue.path.join(".")}: ${issue.message})` : "";
  throw new CliError(`stdin must be a JSON array of strings${detail}`, 1);
}

function main(args: string[]): void {
  const options = parseArgs(args);
  const output = options.json
    ? readJsonTexts().map((text) => sentencesOf(text, options.language))
    : options.files.map((file) => ({ file, sentences: sentencesOf(readFileText(file), options.language) }));
  process.stdout.write(`${JSON.stringify(output)}\n`);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  const known = error instanceof CliError || error instanceof AppError;
  process.stderr.write(`segment: ${known ? error.message : `unexpected error: ${String(error)}`}\n`);
  process.exitCode = error instanceof CliError ? error.exitCode : 1;
}
