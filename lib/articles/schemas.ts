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
    .refine((text) => Buffer.byteLength(text, "utf8") <= MAX_ARTICLE_BYTES, `${label} is larger than 5 MB.`);

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
