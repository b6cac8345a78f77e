// Which files an import of some paths means: .txt files, directories searched recursively,
// and a sibling NAME.<lang>.txt (e.g. NAME.zh.txt) taken as NAME.txt's source-language text.
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

export interface ArticleFile {
  path: string;
  sourcePath?: string;
  sourceLanguage?: string;
}

export type FoundPath = { ok: true; files: ArticleFile[] } | { ok: false; path: string; message: string };

const SOURCE_FILE = /^(.+)\.([a-z]{2,3}(?:-[A-Za-z0-9]+)?)\.txt$/;

export async function findArticleFiles(paths: readonly string[]): Promise<FoundPath[]> {
  return Promise.all(paths.map(findUnder));
}

async function findUnder(target: string): Promise<FoundPath> {
  const info = await stat(target).catch(() => null);
  if (!info) return { ok: false, path: target, message: "no such file or directory" };
  if (info.isFile()) {
    // Named on its own, a file is an article; its source sibling is looked up beside it.
    const siblings = await readdir(path.dirname(target)).catch(() => []);
    const sources = sourcesByArticle(siblings.map((name) => path.join(path.dirname(target), name)));
    return { ok: true, files: [{ path: target, ...sources.get(target) }] };
  }
  if (!info.isDirectory()) return { ok: false, path: target, message: "not a file or directory" };
  const entries = await readdir(target, { recursive: true, withFileTypes: true });
  const texts = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".txt"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  if (texts.length === 0) return { ok: false, path: target, message: "no .txt files in this directory" };
  const sources = sourcesByArticle(texts);
  const usedAsSource = new Set([...sources.values()].map((source) => source.sourcePath));
  return { ok: true, files: texts.filter((file) => !usedAsSource.has(file)).map((file) => ({ path: file, ...sources.get(file) })) };
}

/** NAME.zh.txt → the source of NAME.txt, when NAME.txt is among the files. */
function sourcesByArticle(files: readonly string[]): Map<string, { sourcePath: string; sourceLanguage: string }> {
  const present = new Set(files);
  const sources = new Map<string, { sourcePath: string; sourceLanguage: string }>();
  for (const file of files) {
    const match = SOURCE_FILE.exec(file);
    if (!match?.[1] || !match[2]) continue;
    const article = `${match[1]}.txt`;
    if (present.has(article) && !sources.has(article)) sources.set(article, { sourcePath: file, sourceLanguage: match[2] });
  }
  return sources;
}
