"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { likelyBoundary } from "@/lib/segmentation/likely-boundary";

export interface SentenceView {
  id: number;
  position: number;
  mtText: string;
  finalText: string;
  sourceText: string | null;
  status: string;
  version: number;
}

type Result = { ok: true } | { ok: false; message: string };

interface Props {
  paragraphs: { index: number; sentences: SentenceView[] }[];
  sourceLanguage: string;
  splitSentence: (input: { sentenceId: number; offset: number; version: number }) => Promise<Result>;
  mergeSentences: (input: { sentenceId: number; version: number; nextVersion: number }) => Promise<Result>;
}

const statusLabel: Record<string, string> = {
  unreviewed: "Unreviewed",
  ok: "OK",
  flagged: "Flagged",
  proposed: "Proposed",
  accepted: "Accepted",
  excluded: "Excluded",
};

/** The article's sentences, paragraph by paragraph, with the tools to fix wrong boundaries. */
export function SentenceList({ paragraphs, sourceLanguage, splitSentence, mergeSentences }: Props) {
  return (
    <div className="space-y-6">
      {paragraphs.map((paragraph) => (
        <section key={paragraph.index} aria-label={`Paragraph ${paragraph.index + 1}`} className="rounded-xl border border-stone-200 bg-white">
          <ol className="divide-y divide-stone-100">
            {paragraph.sentences.map((sentence, index) => (
              <SentenceRow
                key={`${sentence.id}-${sentence.version}`}
                sentence={sentence}
                next={paragraph.sentences[index + 1]}
                sourceLanguage={sourceLanguage}
                splitSentence={splitSentence}
                mergeSentences={mergeSentences}
              />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

function SentenceRow(props: {
  sentence: SentenceView;
  next: SentenceView | undefined;
  sourceLanguage: string;
  splitSentence: Props["splitSentence"];
  mergeSentences: Props["mergeSentences"];
}) {
  const { sentence, next } = props;
  const [splitting, setSplitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const editorRef = useRef<HTMLTextAreaElement>(null);

  // Open the splitter with the cursor where a boundary most likely belongs.
  useEffect(() => {
    const editor = editorRef.current;
    if (!splitting || !editor) return;
    const guess = likelyBoundary(sentence.mtText);
    editor.focus();
    editor.setSelectionRange(guess, guess);
  }, [splitting, sentence.mtText]);

  const run = (work: () => Promise<Result>) =>
    startTransition(async () => {
      setError(null);
      const result = await work();
      if (result.ok) setSplitting(false);
      else setError(result.message);
    });

  const split = () => {
    const offset = editorRef.current?.selectionStart ?? 0;
    run(() => props.splitSentence({ sentenceId: sentence.id, offset, version: sentence.version }));
  };

  return (
    <li className="px-4 py-3" data-sentence-id={sentence.id} aria-label={`Sentence ${sentence.position + 1}`}>
      <div className="flex items-start gap-3">
        <span className="w-8 shrink-0 pt-0.5 text-right text-xs tabular-nums text-stone-400">{sentence.position + 1}</span>
        <div className="min-w-0 flex-1">
          {sentence.sourceText && (
            <p lang={props.sourceLanguage} className="mb-1 text-sm text-stone-500">
              {sentence.sourceText}
            </p>
          )}
          {splitting ? (
            <div>
              <label htmlFor={`split-${sentence.id}`} className="mb-1 block text-xs font-medium text-stone-600">
                Put the cursor where the new sentence begins, then press Enter (Escape cancels)
              </label>
              <textarea
                id={`split-${sentence.id}`}
                ref={editorRef}
                readOnly
                defaultValue={sentence.mtText}
                rows={Math.max(2, Math.ceil(sentence.mtText.length / 90))}
                onKeyDown={(event) => {
                  if (event.key === "Enter") {
                    event.preventDefault();
                    split();
                  } else if (event.key === "Escape") {
                    setSplitting(false);
                  }
                }}
                className="block w-full rounded-md border border-indigo-300 px-3 py-2 text-[15px] leading-relaxed"
              />
              <div className="mt-2 flex gap-2">
                <button type="button" onClick={split} disabled={pending} className="rounded-md bg-indigo-700 px-3 py-1 text-sm font-medium text-white disabled:opacity-60">
                  Split here
                </button>
                <button type="button" onClick={() => setSplitting(false)} className="rounded-md border border-stone-300 px-3 py-1 text-sm">
                  Cancel
                </button>
              </div>
            </div>
          ) : (
            <p className="text-[15px] leading-relaxed">{sentence.finalText}</p>
          )}
          {error && (
            <p role="alert" className="mt-2 rounded-md border border-red-200 bg-red-50 px-3 py-1.5 text-sm text-red-800">
              {error}
            </p>
          )}
        </div>
        <div className="flex shrink-0 items-center gap-2">
          <span className="rounded-full bg-stone-100 px-2 py-0.5 text-xs text-stone-600">{statusLabel[sentence.status] ?? sentence.status}</span>
          {!splitting && (
            <button
              type="button"
              onClick={() => setSplitting(true)}
              aria-label={`Split sentence ${sentence.position + 1}`}
              className="rounded-md border border-stone-300 px-2 py-1 text-xs text-stone-700 hover:bg-stone-100"
            >
              Split…
            </button>
          )}
          {next && !splitting && (
            <button
              type="button"
              disabled={pending}
              onClick={() => run(() => props.mergeSentences({ sentenceId: sentence.id, version: sentence.version, nextVersion: next.version }))}
              aria-label={`Merge sentence ${sentence.position + 1} with the next`}
              className="rounded-md border border-stone-300 px-2 py-1 text-xs text-stone-700 hover:bg-stone-100 disabled:opacity-60"
            >
              Merge ↓
            </button>
          )}
        </div>
      </div>
    </li>
  );
}

