import { NextResponse } from "next/server";
import { decodeArticleFile } from "@/lib/articles/decode-article-file";
import { importArticle } from "@/lib/articles/import-article";
import { requireActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { handleRoute } from "@/lib/http/handle-route";

/**
 * The web upload: multipart form with `file` (the MT article, a .txt file) and optionally
 * `source` (its source-language text, e.g. NAME.zh.txt). One article per request, so the
 * browser can show progress and a result per file.
 */
export const POST = handleRoute(async (request) => {
  const actor = await requireActor();
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError("INVALID_INPUT", "Send the file as multipart/form-data with a field named file.");
  }
  const file = form.get("file");
  if (!(file instanceof File)) throw new AppError("INVALID_INPUT", "No file was sent (expected a field named file).");
  const source = form.get("source");
  const text = decodeArticleFile(new Uint8Array(await file.arrayBuffer()), file.name);
  const sourceText = source instanceof File ? decodeArticleFile(new Uint8Array(await source.arrayBuffer()), source.name) : undefined;
  const result = await importArticle({ input: { text, sourceText, fileName: file.name }, actor });
  return NextResponse.json({ result }, { status: result.status === "imported" ? 201 : 200 });
});
