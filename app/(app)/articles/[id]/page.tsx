import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SentenceList } from "@/components/articles/sentence-list";
import { articleStatusLabel, formatDate } from "@/components/format";
import { getArticleWithSentences } from "@/lib/articles/queries";
import { mergeSentencesAction, splitSentenceAction } from "./actions";

type Params = Promise<{ id: string }>;

async function loadArticle(params: Params) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const article = await getArticleWithSentences(Number(id));
  if (!article) notFound();
  return article;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const article = await loadArticle(params);
  return { title: article.title };
}

export default async function ArticlePage({ params }: { params: Params }) {
  const article = await loadArticle(params);
  const paragraphs = new Map<number, typeof article.sentences>();
  for (const sentence of article.sentences) {
    const paragraph = paragraphs.get(sentence.paragraphIndex) ?? [];
    paragraph.push(sentence);
    paragraphs.set(sentence.paragraphIndex, paragraph);
  }

  return (
    <article className="mx-auto max-w-4xl">
      <Link href="/articles" className="text-sm text-indigo-700 hover:underline">
        ← Articles
      </Link>
      <h1 className="mt-3 text-2xl font-semibold leading-snug tracking-tight">{article.title}</h1>
      <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm text-stone-600">
        <div className="flex gap-1">
          <dt>Source:</dt>
          <dd>{article.sourceName ?? "—"}</dd>
        </div>
        <div className="flex gap-1">
          <dt>Published:</dt>
          <dd>{formatDate(article.publishedAt)}</dd>
        </div>
        <div className="flex gap-1">
          <dt>Status:</dt>
          <dd>{articleStatusLabel[article.status] ?? article.status}</dd>
        </div>
        <div className="flex gap-1">
          <dt>Sentences:</dt>
          <dd>{article.sentences.length}</dd>
        </div>
      </dl>
      <div className="mt-8">
        <SentenceList
          paragraphs={[...paragraphs.entries()].map(([index, sentences]) => ({ index, sentences }))}
          sourceLanguage={article.sourceLanguage}
          splitSentence={splitSentenceAction}
          mergeSentences={mergeSentencesAction}
        />
      </div>
    </article>
  );
}
