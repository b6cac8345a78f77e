"use client";

import Link from "next/link";
import { useRef, useState } from "react";

type ItemState = "queued" | "uploading" | "imported" | "duplicate" | "failed";

interface UploadItem {
  key: string;
  file: File;
  source?: File;
  progress: number;
  state: ItemState;
  message?: string;
  articleId?: number;
}

const PARALLEL_UPLOADS = 3;
const SOURCE_FILE = /^(.+)\.([a-z]{2,3}(?:-[A-Za-z0-9]+)?)\.txt$/;

/** NAME.zh.txt chosen together with NAME.txt becomes NAME.txt's source text. */
function pairWithSources(files: File[]): Array<{ file: File; source?: File }> {
  const byName = new Map(files.map((file) => [file.name, file]));
  const sourceOf = new Map<string, File>();
  for (const file of files) {
    const match = SOURCE_FILE.exec(file.name);
    if (match?.[1] && byName.has(`${match[1]}.txt`)) sourceOf.set(`${match[1]}.txt`, file);
  }
  const sources = new Set(sourceOf.values());
  return files.filter((file) => !sources.has(file)).map((file) => ({ file, source: sourceOf.get(file.name) }));
}

function upload(item: UploadItem, onProgress: (percent: number) => void): Promise<Pick<UploadItem, "state" | "message" | "articleId">> {
  return new Promise((resolve) => {
    const form = new FormData();
    form.append("file", item.file);
    if (item.source) form.append("source", item.source);
    const request = new XMLHttpRequest(); // fetch() cannot report upload progress
    request.open("POST", "/api/articles/files");
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () => {
      const body = request.response as { result?: { status: "imported" | "duplicate"; articleId: number; sentenceCount?: number }; error?: { message: string } } | null;
      if (request.status < 300 && body?.result) {
        const { result } = body;
        resolve({
          state: result.status,
          articleId: result.articleId,
          message: result.status === "imported" ? `Imported: ${result.sentenceCount} sentences` : "Already imported",
        });
      } else {
        resolve({ state: "failed", message: body?.error?.message ?? `Upload failed (HTTP ${request.status}).` });
      }
    };
    request.onerror = () => resolve({ state: "failed", message: "The upload did not reach the server. Check your connection." });
    request.send(form);
  });
}

export function ImportFiles() {
  const [items, setItems] = useState<UploadItem[]>([]);
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const update = (key: string, patch: Partial<UploadItem>) =>
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...patch } : item)));

  async function start(files: File[]) {
    const added: UploadItem[] = pairWithSources(files).map(({ file, source }) => ({
      key: `${file.name}-${file.size}-${file.lastModified}-${Math.random()}`,
      file,
      source,
      progress: 0,
      state: "queued",
    }));
    setItems((current) => [...added, ...current]);
    const queue = [...added];
    const worker = async () => {
      for (let item = queue.shift(); item; item = queue.shift()) {
        const key = item.key;
        update(key, { state: "uploading" });
        const outcome = await upload(item, (progress) => update(key, { progress }));
        update(key, { ...outcome, progress: 100 });
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_UPLOADS }, worker));
  }

  return (
    <section aria-labelledby="upload-heading">
      <h2 id="upload-heading" className="text-lg font-medium">
        Upload files
      </h2>
      <p className="mt-1 text-sm text-stone-600">
        Plain-text articles (.txt, UTF-8, up to 5 MB each). Add <code>NAME.zh.txt</code> beside <code>NAME.txt</code> to attach
        the source text.
      </p>
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          void start([...event.dataTransfer.files]);
        }}
        className={`mt-3 rounded-xl border-2 border-dashed px-6 py-10 text-center ${dragging ? "border-indigo-500 bg-indigo-50" : "border-stone-300 bg-white"}`}
      >
        <p className="text-sm text-stone-700">Drop .txt files here, or</p>
        <button
          type="button"
          onClick={() => inputRef.current?.click()}
          className="mt-2 rounded-md bg-indigo-700 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800"
        >
          Choose files…
        </button>
        <input
          ref={inputRef}
          type="file"
          multiple
          accept=".txt,text/plain"
          aria-label="Article files"
          className="sr-only"
          onChange={(event) => {
            void start([...(event.target.files ?? [])]);
            event.target.value = "";
          }}
        />
      </div>
      {items.length > 0 && (
        <ul className="mt-4 divide-y divide-stone-100 rounded-xl border border-stone-200 bg-white" aria-label="Uploads">
          {items.map((item) => (
            <li key={item.key} className="flex items-center gap-4 px-4 py-3 text-sm" data-state={item.state}>
              <div className="min-w-0 flex-1">
                <p className="truncate font-medium">
                  {item.file.name}
                  {item.source && <span className="ml-2 text-xs text-stone-500">+ source {item.source.name}</span>}
                </p>
                <p className={`mt-0.5 ${item.state === "failed" ? "text-red-700" : "text-stone-600"}`} role={item.state === "failed" ? "alert" : undefined}>
                  {item.state === "queued" && "Waiting…"}
                  {item.state === "uploading" && `Uploading… ${item.progress}%`}
                  {item.state === "failed" && `Failed: ${item.message}`}
                  {(item.state === "imported" || item.state === "duplicate") && (
                    <>
                      {item.state === "imported" ? "✓ " : "= "}
                      {item.message} —{" "}
                      <Link href={`/articles/${item.articleId}`} className="text-indigo-700 underline">
                        open article {item.articleId}
                      </Link>
                    </>
                  )}
                </p>
              </div>
              <progress
                max={100}
                value={item.progress}
                aria-label={`Upload progress of ${item.file.name}`}
                className="h-2 w-32 shrink-0 overflow-hidden rounded accent-indigo-700"
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
