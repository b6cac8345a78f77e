import { z } from "zod";

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

const languageTag = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Use a language tag such as en, zh or zh-Hans.");

const articleText = (label: string) =>
  z
    .string({ error: `${label} must be text.` })
    .refine((text) => text.trim().length > 0, `${label} is empty.`)
    .refine((text) => !text.includes("\u0000"), `${label} contains a NUL byte: it is not a text file.`)
    .refine((text) => utf8Length(text) <= MAX_ARTICLE_BYTES, `${label} is larger than 5 MB.`);

const encoder = new TextEncoder();
function utf8Length(text: string): number {
  // Cheap upper bound first: a UTF-16 code unit is at most 3 UTF-8 bytes.
  return text.length * 3 <= MAX_ARTICLE_BYTES ? text.length : encoder.encode(text).byteLength;
}

/** One article to import, as the web form, the API, the CLI and the seed give it. */
export const importArticleSchema = z.strictObject({
  text: articleText("The article text"),
  title: z.string().trim().min(1, "Title is empty.").max(500, "Title is longer than 500 characters.").optional(),
  sourceText: articleText("The source text").optional(),
  sourceName: z.string().trim().min(1).max(300).optional(),
  publishedAt: z.iso.date("Published date must be a date like 2023-03-06.").optional(),
  sourceLanguage: languageTag.default("zh"),
  targetLanguage: languageTag.default("en"),
  metadata: z.record(z.string(), z.json()).optional(),
  fileName: z.string().trim().max(255).optional(),
});

export type ImportArticleInput = z.input<typeof importArticleSchema>;

/** At most this many articles, and this many bytes, in one API request. */
export const MAX_BATCH_ARTICLES = 100;
export const MAX_IMPORT_REQUEST_BYTES = 50 * 1024 * 1024;

/** `POST /api/articles` with `{ articles: [...] }`. Each article is then validated on its own. */
export const importBatchSchema = z.strictObject({
  articles: z
    .array(z.unknown(), { error: "articles must be an array of articles." })
    .min(1, "articles is empty.")
    .max(MAX_BATCH_ARTICLES, `Send at most ${MAX_BATCH_ARTICLES} articles per request.`),
});

export const listArticlesQuerySchema = z.strictObject({
  after: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const splitSentenceSchema = z.strictObject({
  sentenceId: z.coerce.number().int().positive(),
  /** UTF-16 offset in the sentence's MT text where the second sentence begins. */
  offset: z.coerce.number().int().positive("Choose where to split, inside the sentence."),
  version: z.coerce.number().int().min(1),
});

export const mergeSentencesSchema = z.strictObject({
  /** The first of the two sentences; it is merged with the one after it. */
  sentenceId: z.coerce.number().int().positive(),
  version: z.coerce.number().int().min(1),
  nextVersion: z.coerce.number().int().min(1),
});
