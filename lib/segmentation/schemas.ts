import { z } from "zod";

/** Input of `segment --json`: the texts to segment, one sentence array comes back per text. */
export const segmentTextsSchema = z.array(z.string(), { error: "expected a JSON array of strings" });

export const segmentationLanguageSchema = z.enum(["en", "zh"], { error: "--lang must be en or zh" });
