// `npm run bench:import -- [--articles N] [--concurrency C] [--seed S] [--keep]`
//
// How fast do articles go in through importArticle, next to the fastest PostgreSQL can take the
// same rows (COPY FROM STDIN)? Generates N synthetic articles (~30 sentences each, seeded, so runs
// are reproducible), imports them C at a time into a scratch database, then loads the very rows
// that import stored into a second scratch database with COPY, and prints both rates and their
// ratio, with the time parsing alone takes and the peak RSS. See docs/benchmarks.md, "Import".
// Exit codes: 0 done, 1 failure, 2 bad arguments, 130/143 interrupted. The scratch databases are
// dropped at the end, whatever happens, unless --keep.
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import nextEnv from "@next/env";
import type pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { z } from "zod";
import { canonicalArticleText } from "@/lib/articles/content-hash";
import { importArticle } from "@/lib/articles/import-article";
import { parseArticle } from "@/lib/articles/parse-article";
import { connectClient } from "@/lib/database/connection";
import { migrate } from "@/lib/database/migrate";
import { createScratchDatabase, scratchDatabaseName, type ScratchDatabase } from "@/lib/database/scratch-database";
import { disconnectPrisma, prisma } from "@/lib/db";
import { CliError, runCli } from "@/lib/runtime/run-cli";

const USAGE = "usage: bench:import [--articles N] [--concurrency C] [--seed S] [--keep]";
const DEFAULT_SERVER_URL = "postgresql://postgres@127.0.0.1:5432/postgres";
const CLEANUP_TIMEOUT_MS = 30_000;

// ─── Arguments ───────────────────────────────────────────────────────────────

const wholeNumber = (name: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `${name} must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().int().min(min, `${name} must be at least ${min}`).max(max, `${name} must be at most ${max}`));

const optionsSchema = z.object({
  articles: wholeNumber("--articles", 1, 1_000_000).default(1000),
  // A connection per import in flight; the pool is sized to match (DATABASE_POOL_MAX allows 1–100).
  concurrency: wholeNumber("--concurrency", 1, 100).optional(),
  seed: wholeNumber("--seed", 0, 2 ** 32 - 1).default(1),
  keep: z.boolean().default(false),
});

type Options = Omit<z.infer<typeof optionsSchema>, "concurrency"> & { concurrency: number };

function parseOptions(argv: string[]): Options | "help" {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        articles: { type: "string" },
        concurrency: { type: "string" },
        seed: { type: "string" },
        keep: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    throw new CliError(`${(error as Error).message.split("\n")[0]} (${USAGE})`, 2);
  }
  if (values.help) return "help";
  const parsed = optionsSchema.safeParse(values);
  if (!parsed.success) throw new CliError(parsed.error.issues[0]?.message ?? USAGE, 2);
  let concurrency = parsed.data.concurrency;
  if (concurrency === undefined) {
    const fromEnv = wholeNumber("DATABASE_POOL_MAX", 1, 100).safeParse(process.env.DATABASE_POOL_MAX || "4");
    if (!fromEnv.success) throw new CliError(fromEnv.error.issues[0]?.message ?? "bad DATABASE_POOL_MAX", 2);
    concurrency = fromEnv.data;
  }
  return { ...parsed.data, concurrency };
}

function serverUrl(): string {
  const name = process.env.BENCH_DATABASE_URL ? "BENCH_DATABASE_URL" : process.env.DATABASE_URL ? "DATABASE_URL" : undefined;
  const value = (name && process.env[name]) || DEFAULT_SERVER_URL;
  try {
    const url = new URL(value);
    if ((url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "") return value;
  } catch {
    // reported below
  }
  throw new CliError(`${name} must be a PostgreSQL URL like ${DEFAULT_SERVER_URL}`, 2);
}

// ─── Synthetic articles ──────────────────────────────────────────────────────
// English as machine translation from Chinese news tends to read: an agency, officials with
// titles ("Dr.", "Mr."), document numbers ("No. 17"), dates ("Jan. 12"), decimals, quotations and
// lists ending in "etc.", so the segmenter has abbreviations and numbers to judge, not only
// periods. Article i is a pure function of (seed, i): no need to keep N texts in memory.

/** mulberry32: small, fast, good enough for test data. Returns floats in [0, 1). */
function mulberry32(state: number): () => number {
  let a = state | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A well-mixed 32-bit state for article `index` of run `seed` (murmur3's finaliser). */
function articleState(seed: number, index: number): number {
  let h = (Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const list = (words: string) => words.trim().split(/\s+/);
const NOUNS = list(`
  province city county district government office department committee bureau council ministry
  agency company enterprise project plan program policy measure regulation notice document report
  meeting conference inspection survey work task service system platform mechanism standard quality
  safety security development construction investment economy industry agriculture village town
  resident household farmer worker student teacher school hospital clinic road bridge railway water
  electricity energy environment pollution river forest land housing market price income budget fund
  loan tax revenue export import trade technology innovation research data network epidemic health
  education culture tourism transport traffic emergency flood drought harvest grain supply demand
  target indicator rate growth reform supervision management training assessment application`);
const VERBS = list(`
  promoted improved strengthened implemented carried organized held launched completed reviewed
  approved issued adopted reported announced stressed pointed noted emphasized required coordinated
  supported guided inspected visited studied discussed deployed upgraded expanded reduced increased
  ensured accelerated optimized consolidated integrated monitored evaluated repaired built opened`);
const ADJECTIVES = list(`
  new local national provincial municipal rural urban public key major basic comprehensive important
  effective stable sustainable green digital modern safe orderly efficient solid practical overall
  annual quarterly monthly regional social economic ecological technical financial administrative`);
const ADVERBS = list(`effectively further actively steadily comprehensively continuously fully strictly rapidly firmly`);
const FUNCTION_WORDS = list(`the the the of of in in on for to and and with by at from under through across within`);
const SURNAMES = list(`Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo`);
const GIVEN_NAMES = list(`Wei Fang Min Jing Lei Jun Yan Hua Ping Gang Qiang Xia Hong Ying Tao Bin Hui Ling`);
const TITLES = list(`Mr. Ms. Dr. Prof.`);
const MONTHS = list(`Jan. Feb. Mar. Apr. Aug. Sept. Oct. Nov. Dec.`);
const AGENCIES = list(`Xinhua People's-Daily Provincial-Daily City-News-Network County-Media-Center`).map((a) => a.replace(/-/g, " "));
const STARTERS = list(`The This In At According Since During After However Meanwhile Moreover Last This The The`);

class ArticleWriter {
  private readonly random: () => number;
  constructor(state: number) {
    this.random = mulberry32(state);
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T;
  }

  private person(): string {
    return `${this.pick(TITLES)} ${this.pick(SURNAMES)} ${this.pick(GIVEN_NAMES)}`;
  }
  private number(): string {
    const kind = this.int(0, 3);
    if (kind === 0) return `${this.int(1, 99)}.${this.int(0, 9)}`;
    if (kind === 1) return `${this.int(1, 999)},${String(this.int(0, 999)).padStart(3, "0")}`;
    return String(this.int(2, 500));
  }
  /** `count` words of running text, with the odd number in it. */
  private words(count: number): string {
    const out: string[] = [];
    for (let k = 0; k < count; k++) {
      const r = this.random();
      if (r < 0.3) out.push(this.pick(FUNCTION_WORDS));
      else if (r < 0.55) out.push(this.pick(NOUNS));
      else if (r < 0.72) out.push(this.pick(ADJECTIVES));
      else if (r < 0.88) out.push(this.pick(VERBS));
      else if (r < 0.94) out.push(this.pick(ADVERBS));
      else out.push(this.number());
    }
    return out.join(" ");
  }
  /** Mostly 8–22 words, sometimes very short or very long. */
  private length(): number {
    const r = this.random();
    if (r < 0.1) return this.int(3, 6);
    if (r < 0.9) return this.int(8, 22);
    return this.int(26, 45);
  }

  sentence(): string {
    const n = this.length();
    const start = this.pick(STARTERS);
    switch (this.int(0, 9)) {
      case 0:
        return `${this.person()} said that ${this.words(n)}.`;
      case 1:
        return `${start} ${this.words(n)}, according to Document No. ${this.int(1, 120)} issued on ${this.pick(MONTHS)} ${this.int(1, 28)}${this.chance(0.5) ? ", 2023" : ""}.`;
      case 2:
        return `${start} ${this.words(n)} rose by ${this.int(1, 40)}.${this.int(0, 9)} percent to ${this.number()} yuan.`;
      case 3:
        return `"${capitalize(this.words(n))}," ${this.person()} stressed.`;
      case 4:
        return `${start} ${this.words(n)}, e.g. ${this.pick(NOUNS)}, ${this.pick(NOUNS)} and ${this.pick(NOUNS)}.`;
      case 5:
        return `${start} ${this.words(n)} such as ${this.pick(NOUNS)}, ${this.pick(NOUNS)}, ${this.pick(NOUNS)}, etc.`;
      case 6:
        return this.chance(0.5) ? `How can ${this.words(n)}?` : `${start} ${this.words(n)}!`;
      default:
        return `${start} ${this.words(n)}.`;
    }
  }
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Article `index` of run `seed`: a title, sometimes a field line, ~5 paragraphs of ~6 sentences. */
function syntheticArticle(seed: number, index: number): string {
  const w = new ArticleWriter(articleState(seed, index));
  const titleWords = Array.from({ length: w.int(4, 9) }, () => capitalize(w.pick(w.chance(0.6) ? NOUNS : ADJECTIVES)));
  // The number makes every title, hence every content hash, unique.
  const lines = [`${titleWords.join(" ")} (Bulletin ${index + 1})`];
  if (w.chance(0.3)) lines.push(`Source: ${w.pick(AGENCIES)}  Date: 2023-${w.int(1, 12)}-${w.int(1, 28)}`);
  const paragraphs = w.int(4, 6);
  for (let p = 0; p < paragraphs; p++) {
    lines.push("", Array.from({ length: w.int(4, 8) }, () => w.sentence()).join(" "));
  }
  if (w.chance(0.2)) lines.push("", `(Editor: ${w.pick(SURNAMES)} ${w.pick(GIVEN_NAMES)})`);
  return `${lines.join("\n")}\n`;
}

// ─── Measuring ───────────────────────────────────────────────────────────────

/** Samples the resident set size, overall and since the last `phase()` call. */
class RssSampler {
  peak = process.memoryUsage.rss();
  phasePeak = this.peak;
  private readonly timer: NodeJS.Timeout;
  constructor(onTick?: () => void) {
    this.timer = setInterval(() => {
      this.sample();
      onTick?.();
    }, 100);
    this.timer.unref();
  }
  sample(): void {
    const rss = process.memoryUsage.rss();
    if (rss > this.peak) this.peak = rss;
    if (rss > this.phasePeak) this.phasePeak = rss;
  }
  /** The peak since the previous call; starts a new phase. */
  phase(): number {
    this.sample();
    const peak = this.phasePeak;
    this.phasePeak = process.memoryUsage.rss();
    return peak;
  }
  stop(): void {
    clearInterval(this.timer);
  }
}

const seconds = (ms: number) => ms / 1000;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const progress = (label: string, done: number, total: number) => {
  if (process.stderr.isTTY) process.stderr.write(`\r${label} ${done}/${total}\x1b[K`);
};
const endProgress = () => {
  if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");
};
const note = (line: string) => console.error(`bench: ${line}`);

/** Flushes dirty buffers so one phase does not pay for the previous one's writes (superuser only). */
async function checkpoint(client: pg.Client): Promise<void> {
  await client.query("CHECKPOINT").catch(() => {});
}

/** An idle client whose connection ends (the database dropped on Ctrl-C) must not crash the process. */
function watch(client: pg.Client, state: State): pg.Client {
  client.on("error", (error) => {
    if (!state.stopping) note(`connection to the scratch database lost: ${error.message}`);
  });
  return client;
}

async function countRows(client: pg.Client): Promise<{ articles: number; sentences: number; events: number }> {
  const { rows } = await client.query<{ articles: number; sentences: number; events: number }>(
    `SELECT (SELECT count(*) FROM articles)::int AS articles,
            (SELECT count(*) FROM sentences)::int AS sentences,
            (SELECT count(*) FROM events)::int AS events`,
  );
  const row = rows[0];
  if (!row) throw new Error("count query returned no row");
  return row;
}

// ─── Phases ──────────────────────────────────────────────────────────────────

interface ParseResult {
  generateMs: number;
  parseMs: number;
  sentences: number;
}

/** Generating and parsing alone, no database: the CPU floor of the import path. */
async function measureParsing(options: Options, state: State): Promise<ParseResult> {
  let generateMs = 0;
  let parseMs = 0;
  let sentences = 0;
  for (let i = 0; i < options.articles; i++) {
    if (i % 200 === 0) {
      await new Promise((resolve) => setImmediate(resolve)); // let Ctrl-C in
      if (state.stopping) throw new CliError("interrupted", 130);
      progress("parsing", i, options.articles);
    }
    const t0 = performance.now();
    const text = canonicalArticleText(syntheticArticle(options.seed, i));
    const t1 = performance.now();
    const parsed = parseArticle(text);
    parseMs += performance.now() - t1;
    generateMs += t1 - t0;
    for (const paragraph of parsed.paragraphs) sentences += paragraph.sentences.length;
  }
  endProgress();
  return { generateMs, parseMs, sentences };
}

interface State {
  phase: "parse" | "import" | "copy";
  stopping: boolean;
  imported: number;
}

interface ImportPhase {
  ms: number;
  cpuMs: number;
  duplicates: number;
}

/** Phase A: every article through importArticle, `concurrency` at a time. */
async function runImports(options: Options, state: State): Promise<ImportPhase> {
  // Opens the pool and compiles the client before the clock starts.
  await prisma.$queryRaw`SELECT 1`;
  let next = 0;
  let duplicates = 0;
  const worker = async () => {
    for (let i = next++; i < options.articles && !state.stopping; i = next++) {
      const result = await importArticle({ input: { text: syntheticArticle(options.seed, i) }, actor: "system" }).catch(
        (error: unknown) => {
          if (state.stopping) throw error;
          // Prisma's messages span lines; the last one says what the database said.
          const lines = String((error as Error)?.message ?? error)
            .split("\n")
            .filter((line) => line.trim() !== "");
          throw new CliError(`importing article ${i + 1} failed: ${lines.at(-1)?.trim() ?? "unknown error"}`);
        },
      );
      if (result.status === "imported") state.imported++;
      else duplicates++;
    }
  };
  const cpu = process.cpuUsage();
  const started = performance.now();
  try {
    await Promise.all(Array.from({ length: options.concurrency }, worker));
  } catch (error) {
    state.stopping = true; // let the other workers wind down
    throw error;
  }
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, duplicates };
}

// The columns importArticle writes; the others take their defaults on both paths. Ids are copied
// so that sentences and events point at the same articles.
const COPIED_TABLES = [
  {
    table: "articles",
    columns:
      "id, title, source_name, published_at, source_language, target_language, raw_text, source_raw_text, content_hash, imported_by_id, metadata",
  },
  { table: "sentences", columns: "id, article_id, paragraph_index, position, mt_text, final_text, source_text, qa_findings, suspicion" },
  { table: "events", columns: "id, actor_id, entity_type, entity_id, action, before, after" },
] as const;

/** Untimed: Phase A's rows, in insertion order, as COPY text files. */
async function spoolRows(source: pg.Client, dir: string): Promise<number> {
  let bytes = 0;
  for (const { table, columns } of COPIED_TABLES) {
    const file = path.join(dir, `${table}.copy`);
    await pipeline(source.query(copyTo(`COPY (SELECT ${columns} FROM ${table} ORDER BY id) TO STDOUT`)), createWriteStream(file));
    bytes += (await stat(file)).size;
  }
  return bytes;
}

interface CopyPhase {
  ms: number;
  /** Each table's COPY; the rest of `ms` is BEGIN and COMMIT. */
  tableMs: { table: string; ms: number }[];
}

/** Phase B, the ceiling: the same rows into an empty schema with COPY, in one transaction. */
async function copyRows(target: pg.Client, dir: string): Promise<CopyPhase> {
  await checkpoint(target);
  const tableMs: CopyPhase["tableMs"] = [];
  const started = performance.now();
  await target.query("BEGIN");
  try {
    for (const { table, columns } of COPIED_TABLES) {
      const t0 = performance.now();
      await pipeline(createReadStream(path.join(dir, `${table}.copy`)), target.query(copyFrom(`COPY ${table} (${columns}) FROM STDIN`)));
      tableMs.push({ table, ms: performance.now() - t0 });
    }
    await target.query("COMMIT");
  } catch (error) {
    await target.query("ROLLBACK").catch(() => {});
    throw error;
  }
  const ms = performance.now() - started;
  for (const { table } of COPIED_TABLES) {
    await target.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT coalesce(max(id), 1) FROM ${table}))`);
  }
  return { ms, tableMs };
}

// ─── Report ──────────────────────────────────────────────────────────────────

interface Report {
  options: Options;
  serverVersion: string;
  stored: { articles: number; sentences: number };
  parse: ParseResult;
  importPhase: ImportPhase;
  copyPhase: CopyPhase;
  spoolBytes: number;
  rss: { peak: number; parse: number; import: number; copy: number };
}

function printReport(r: Report): void {
  const { articles, sentences } = r.stored;
  const row = (label: string, ms: number) =>
    `${label.padEnd(20)} ${seconds(ms).toFixed(1).padStart(9)} ${(articles / seconds(ms)).toFixed(1).padStart(12)} ${(sentences / seconds(ms)).toFixed(1).padStart(13)}`;
  const share = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;
  const lines = [
    `import benchmark: ${articles} articles, ${sentences} sentences, concurrency ${r.options.concurrency}, seed ${r.options.seed}, PostgreSQL ${r.serverVersion}`,
    `${"path".padEnd(20)} ${"seconds".padStart(9)} ${"articles/s".padStart(12)} ${"sentences/s".padStart(13)}`,
    row("importArticle", r.importPhase.ms),
    row("COPY (ceiling)", r.copyPhase.ms),
    `import / COPY: ${share(r.copyPhase.ms, r.importPhase.ms)} of the ceiling (COPY is ${(r.importPhase.ms / r.copyPhase.ms).toFixed(1)}x faster)`,
    "",
    "where the import time goes:",
    `  parseArticle alone      ${seconds(r.parse.parseMs).toFixed(1).padStart(7)} s  (${share(r.parse.parseMs, r.importPhase.ms)} of the import wall time, ${(articles / seconds(r.parse.parseMs)).toFixed(0)} articles/s on one core)`,
    `  generating the text     ${seconds(r.parse.generateMs).toFixed(1).padStart(7)} s  (done inside the import loop too)`,
    `  node CPU during import  ${seconds(r.importPhase.cpuMs).toFixed(1).padStart(7)} s  (${share(r.importPhase.cpuMs, r.importPhase.ms)} of the wall time, ${(r.importPhase.cpuMs / articles).toFixed(2)} ms per article: ${
      r.importPhase.cpuMs >= 0.9 * r.importPhase.ms
        ? "the import is bound by this Node process, not by PostgreSQL"
        : "the rest of the wall time is spent waiting on PostgreSQL"
    })`,
    `  COPY data               ${mb(r.spoolBytes).padStart(9)}  (${r.copyPhase.tableMs.map(({ table, ms }) => `${table} ${seconds(ms).toFixed(1)} s`).join(", ")}; text format)`,
    `peak RSS: ${mb(r.rss.peak)} (parsing ${mb(r.rss.parse)}, import ${mb(r.rss.import)}, COPY ${mb(r.rss.copy)})`,
  ];
  console.log(lines.join("\n"));
}

// ─── Main ────────────────────────────────────────────────────────────────────

runCli(async () => {
  nextEnv.loadEnvConfig(process.cwd(), true, { info: () => {}, error: console.error });
  const options = parseOptions(process.argv.slice(2));
  if (options === "help") {
    console.log(USAGE);
    return 0;
  }
  const server = serverUrl();

  const databases: ScratchDatabase[] = [];
  let spoolDir: string | undefined;
  const state: State = { phase: "parse", stopping: false, imported: 0 };
  let releasing: Promise<void> | undefined;
  const release = () =>
    (releasing ??= (async () => {
      state.stopping = true;
      if (spoolDir) await rm(spoolDir, { recursive: true, force: true }).catch(() => {});
      if (options.keep) {
        for (const db of databases) note(`kept scratch database ${db.name} (${db.url})`);
        return;
      }
      for (const db of databases) {
        await db.drop().catch((error: unknown) => {
          console.error(`lector: could not drop scratch database ${db.name}, drop it by hand: ${(error as Error).message}`);
        });
      }
    })());

  // Ctrl-C: stop, drop the databases (WITH (FORCE) ends the connections in flight), exit. Further
  // signals are ignored meanwhile (tsx and npm relay the first one again), so cleanup is bounded.
  let interruption: Promise<never> | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (interruption) return;
    const code = signal === "SIGINT" ? 130 : 143;
    endProgress();
    note(`${signal}: stopping and ${options.keep ? "keeping" : "dropping"} the scratch databases`);
    setTimeout(() => {
      console.error(`lector: cleanup timed out; drop these by hand if they remain: ${databases.map((db) => db.name).join(", ")}`);
      process.exit(code);
    }, CLEANUP_TIMEOUT_MS).unref();
    interruption = release().then(() => process.exit(code));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  const rss = new RssSampler(() => {
    if (!state.stopping && state.phase === "import") progress("importing", state.imported, options.articles);
  });
  try {
    note(`parsing ${options.articles} synthetic articles (seed ${options.seed}) without a database`);
    rss.phase();
    const parse = await measureParsing(options, state);
    const parsePeak = rss.phase();

    const stamp = scratchDatabaseName("lector_bench");
    const importDb = await createScratchDatabase({ serverUrl: server, name: stamp });
    databases.push(importDb);
    await migrate({ connectionString: importDb.url });
    process.env.DATABASE_URL = importDb.url;
    process.env.DATABASE_POOL_MAX = String(options.concurrency);
    await disconnectPrisma(); // a client made before now would point elsewhere
    const source = watch(await connectClient(importDb.url), state);
    let report: Report;
    try {
      const serverVersion =
        (await source.query<{ server_version: string }>("SHOW server_version")).rows[0]?.server_version.split(" ")[0] ?? "?";
      await checkpoint(source);
      state.phase = "import";
      note(`importing through importArticle into ${importDb.name}, ${options.concurrency} at a time`);
      const importPhase = await runImports(options, state);
      state.phase = "copy";
      endProgress();
      const importPeak = rss.phase();
      await disconnectPrisma();
      const stored = await countRows(source);
      if (importPhase.duplicates > 0 || stored.articles !== options.articles) {
        throw new CliError(`expected ${options.articles} new articles, stored ${stored.articles} (${importPhase.duplicates} duplicates)`);
      }
      if (stored.sentences !== parse.sentences)
        note(`parseArticle counted ${parse.sentences} sentences, the import stored ${stored.sentences}`);

      const copyDb = await createScratchDatabase({ serverUrl: server, name: `${stamp}_copy` });
      databases.push(copyDb);
      await migrate({ connectionString: copyDb.url });
      spoolDir = await mkdtemp(path.join(os.tmpdir(), "lector-bench-"));
      const spoolBytes = await spoolRows(source, spoolDir);
      note(`loading the same rows with COPY into ${copyDb.name}`);
      const target = watch(await connectClient(copyDb.url), state);
      let copyPhase: CopyPhase;
      try {
        copyPhase = await copyRows(target, spoolDir);
        const copied = await countRows(target);
        if (copied.articles !== stored.articles || copied.sentences !== stored.sentences || copied.events !== stored.events) {
          throw new CliError(`COPY loaded ${JSON.stringify(copied)}, the import stored ${JSON.stringify(stored)}`);
        }
      } finally {
        await target.end().catch(() => {});
      }
      const copyPeak = rss.phase();
      report = {
        options,
        serverVersion,
        stored,
        parse,
        importPhase,
        copyPhase,
        spoolBytes,
        rss: { peak: rss.peak, parse: parsePeak, import: importPeak, copy: copyPeak },
      };
    } finally {
      await source.end().catch(() => {});
    }
    printReport(report);
  } catch (error) {
    if (interruption) await interruption; // the signal handler cleans up and exits
    throw error;
  } finally {
    rss.stop();
    endProgress();
    await disconnectPrisma().catch(() => {});
    await release();
  }
});
