-- Lector's initial schema. Mirrors prisma/schema.prisma; the SQL-only invariants
-- (extension, check constraints, partial unique index, append-only trigger) follow at the end.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('reviewer', 'lead', 'admin');

-- CreateEnum
CREATE TYPE "ArticleStatus" AS ENUM ('new', 'in_review', 'reviewed', 'approved');

-- CreateEnum
CREATE TYPE "SentenceStatus" AS ENUM ('unreviewed', 'ok', 'flagged', 'proposed', 'accepted', 'excluded');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('proposed', 'accepted', 'rejected');

-- CreateEnum
CREATE TYPE "MqmCategory" AS ENUM ('accuracy_mistranslation', 'accuracy_omission', 'accuracy_addition', 'accuracy_untranslated', 'fluency_grammar', 'fluency_word_order', 'fluency_spelling', 'fluency_punctuation', 'fluency_unintelligible', 'terminology', 'style', 'segmentation');

-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('minor', 'major', 'critical');

-- CreateEnum
CREATE TYPE "EntityType" AS ENUM ('user', 'article', 'sentence', 'annotation', 'proposal');

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "email_verified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" "Role" NOT NULL DEFAULT 'reviewer',
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "id" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "ip_address" TEXT,
    "user_agent" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "accounts" (
    "id" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "provider_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "access_token" TEXT,
    "refresh_token" TEXT,
    "id_token" TEXT,
    "access_token_expires_at" TIMESTAMPTZ(3),
    "refresh_token_expires_at" TIMESTAMPTZ(3),
    "scope" TEXT,
    "password" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verifications" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "verifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limits" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "last_request" BIGINT NOT NULL,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "articles" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "source_name" TEXT,
    "published_at" DATE,
    "source_language" VARCHAR(35) NOT NULL DEFAULT 'zh',
    "target_language" VARCHAR(35) NOT NULL DEFAULT 'en',
    "raw_text" TEXT NOT NULL,
    "source_raw_text" TEXT,
    "content_hash" CHAR(64) NOT NULL,
    "status" "ArticleStatus" NOT NULL DEFAULT 'new',
    "assignee_id" TEXT,
    "imported_by_id" TEXT,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "articles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sentences" (
    "id" SERIAL NOT NULL,
    "article_id" INTEGER NOT NULL,
    "paragraph_index" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "mt_text" TEXT NOT NULL,
    "source_text" TEXT,
    "status" "SentenceStatus" NOT NULL DEFAULT 'unreviewed',
    "final_text" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "qa_findings" JSONB NOT NULL DEFAULT '[]',
    "suspicion" REAL NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sentences_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "annotations" (
    "id" SERIAL NOT NULL,
    "sentence_id" INTEGER NOT NULL,
    "author_id" TEXT NOT NULL,
    "category" "MqmCategory" NOT NULL,
    "severity" "Severity" NOT NULL,
    "span_start" INTEGER,
    "span_end" INTEGER,
    "comment" TEXT,
    "resolved_by_id" TEXT,
    "resolved_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "annotations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "proposals" (
    "id" SERIAL NOT NULL,
    "sentence_id" INTEGER NOT NULL,
    "author_id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "based_on_version" INTEGER NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'proposed',
    "decided_by_id" TEXT,
    "decided_at" TIMESTAMPTZ(3),
    "reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "proposals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "events" (
    "id" SERIAL NOT NULL,
    "actor_id" TEXT,
    "entity_type" "EntityType" NOT NULL,
    "entity_id" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "sessions_token_key" ON "sessions"("token");

-- CreateIndex
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");

-- CreateIndex
CREATE INDEX "accounts_user_id_idx" ON "accounts"("user_id");

-- CreateIndex
CREATE INDEX "verifications_identifier_idx" ON "verifications"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "rate_limits_key_key" ON "rate_limits"("key");

-- CreateIndex
CREATE UNIQUE INDEX "articles_content_hash_key" ON "articles"("content_hash");

-- CreateIndex
CREATE INDEX "articles_status_published_at_id_idx" ON "articles"("status", "published_at" DESC, "id");

-- CreateIndex
CREATE INDEX "articles_assignee_id_status_idx" ON "articles"("assignee_id", "status");

-- CreateIndex
CREATE INDEX "articles_created_at_id_idx" ON "articles"("created_at", "id");

-- CreateIndex
CREATE INDEX "articles_title_trgm_idx" ON "articles" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "sentences_article_id_position_key" ON "sentences"("article_id", "position");

-- CreateIndex
CREATE INDEX "sentences_article_id_suspicion_idx" ON "sentences"("article_id", "suspicion" DESC);

-- CreateIndex
CREATE INDEX "sentences_status_idx" ON "sentences"("status");

-- CreateIndex
CREATE INDEX "sentences_mt_text_trgm_idx" ON "sentences" USING GIN ("mt_text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "sentences_final_text_trgm_idx" ON "sentences" USING GIN ("final_text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "annotations_sentence_id_created_at_idx" ON "annotations"("sentence_id", "created_at");

-- CreateIndex
CREATE INDEX "annotations_author_id_idx" ON "annotations"("author_id");

-- CreateIndex
CREATE INDEX "proposals_sentence_id_created_at_idx" ON "proposals"("sentence_id", "created_at");

-- CreateIndex
CREATE INDEX "proposals_status_created_at_idx" ON "proposals"("status", "created_at");

-- CreateIndex
CREATE INDEX "proposals_author_id_status_idx" ON "proposals"("author_id", "status");

-- CreateIndex
CREATE INDEX "events_entity_type_entity_id_id_idx" ON "events"("entity_type", "entity_id", "id");

-- CreateIndex
CREATE INDEX "events_actor_id_id_idx" ON "events"("actor_id", "id");

-- CreateIndex
CREATE INDEX "events_created_at_idx" ON "events"("created_at");

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_imported_by_id_fkey" FOREIGN KEY ("imported_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sentences" ADD CONSTRAINT "sentences_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annotations" ADD CONSTRAINT "annotations_sentence_id_fkey" FOREIGN KEY ("sentence_id") REFERENCES "sentences"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annotations" ADD CONSTRAINT "annotations_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annotations" ADD CONSTRAINT "annotations_resolved_by_id_fkey" FOREIGN KEY ("resolved_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_sentence_id_fkey" FOREIGN KEY ("sentence_id") REFERENCES "sentences"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ─── Invariants the Prisma schema language cannot express ───────────────────

ALTER TABLE "users" ADD CONSTRAINT "users_email_lowercase_check" CHECK ("email" = lower("email") AND position('@' in "email") > 1);

ALTER TABLE "articles" ADD CONSTRAINT "articles_title_check" CHECK (char_length(btrim("title")) > 0);
ALTER TABLE "articles" ADD CONSTRAINT "articles_content_hash_check" CHECK ("content_hash" ~ '^[0-9a-f]{64}$');
ALTER TABLE "articles" ADD CONSTRAINT "articles_metadata_check" CHECK (jsonb_typeof("metadata") = 'object');

ALTER TABLE "sentences" ADD CONSTRAINT "sentences_position_check" CHECK ("position" >= 0 AND "paragraph_index" >= 0);
ALTER TABLE "sentences" ADD CONSTRAINT "sentences_text_check" CHECK (char_length(btrim("mt_text")) > 0 AND char_length(btrim("final_text")) > 0);
ALTER TABLE "sentences" ADD CONSTRAINT "sentences_version_check" CHECK ("version" >= 1);
ALTER TABLE "sentences" ADD CONSTRAINT "sentences_suspicion_check" CHECK ("suspicion" >= 0 AND "suspicion" <= 1);
ALTER TABLE "sentences" ADD CONSTRAINT "sentences_qa_findings_check" CHECK (jsonb_typeof("qa_findings") = 'array');

ALTER TABLE "annotations" ADD CONSTRAINT "annotations_span_check" CHECK (
    ("span_start" IS NULL AND "span_end" IS NULL)
    OR ("span_start" >= 0 AND "span_end" > "span_start")
);
ALTER TABLE "annotations" ADD CONSTRAINT "annotations_resolution_check" CHECK (("resolved_by_id" IS NULL) = ("resolved_at" IS NULL));

ALTER TABLE "proposals" ADD CONSTRAINT "proposals_text_check" CHECK (char_length(btrim("text")) > 0);
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_decision_check" CHECK (
    ("status" = 'proposed' AND "decided_by_id" IS NULL AND "decided_at" IS NULL)
    OR ("status" <> 'proposed' AND "decided_by_id" IS NOT NULL AND "decided_at" IS NOT NULL)
);
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_rejection_reason_check" CHECK ("status" <> 'rejected' OR char_length(btrim(coalesce("reason", ''))) > 0);

-- At most one accepted proposal per sentence: two leads accepting at once cannot both win.
CREATE UNIQUE INDEX "proposals_one_accepted_per_sentence" ON "proposals"("sentence_id") WHERE "status" = 'accepted';

-- History is append-only.
CREATE FUNCTION "events_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'events are append-only: % is not allowed', TG_OP USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER "events_append_only"
    BEFORE UPDATE OR DELETE ON "events"
    FOR EACH STATEMENT EXECUTE FUNCTION "events_refuse_change"();
