// The boundary for article files (web upload and CLI alike): bytes in, text out, or one
// clear reason why these bytes are not an article.
import { AppError } from "@/lib/errors";
import { MAX_ARTICLE_BYTES } from "./schemas";

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function decodeArticleFile(bytes: Uint8Array, fileName: string): string {
  if (bytes.byteLength === 0) throw new AppError("INVALID_INPUT", `${fileName} is empty.`);
  if (bytes.byteLength > MAX_ARTICLE_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", `${fileName} is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB.`);
  }
  if (bytes.includes(0)) throw new AppError("INVALID_INPUT", `${fileName} contains NUL bytes: it is a binary file, not text.`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new AppError("INVALID_INPUT", `${fileName} is not UTF-8 text (it may be Latin-1 or another encoding). Re-save it as UTF-8.`);
  }
  text = text.replace(/^\uFEFF/, "");
  if (text.trim().length === 0) throw new AppError("INVALID_INPUT", `${fileName} has no text, only white space.`);
  return text;
}
