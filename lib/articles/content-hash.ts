import { createHash } from "node:crypto";

/** Line endings and trailing blanks do not make an article new: they are folded before hashing. */
export function canonicalArticleText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").replace(/[ \t]+$/gm, "").trim();
}

export function contentHash(text: string): string {
  return createHash("sha256").update(canonicalArticleText(text), "utf8").digest("hex");
}
