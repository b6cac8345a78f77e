import type { ArticleMetadata } from "./parse-article";

// Recognisers for the metadata around an article's body: header field lines ("Date: 2023-03-06",
// "time:2023-03-03 hits:"), datelines run into the first sentence, and closing lines (signature,
// date, "(Reviewed by …)"). All work on display-normalised text.

const MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const TIME = "(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?";
const NUMERIC_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const MONTH_DAY_YEAR = new RegExp(`^(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`);
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})\\s+(${MONTH}),?\\s+(\\d{4})$`);
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const iso = (year: string, month: number, day: number) =>
  month >= 1 && month <= 12 && day >= 1 && day <= 31
    ? `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`
    : undefined;

const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** "2023-03-06", "2023/3/6", "2023年3月6日", "March 1, 2023", "1 March 2023" (+ a time) → YYYY-MM-DD. */
export function parseDate(text: string): string | undefined {
  const s = text.trim().replace(new RegExp(`${TIME}$`), "");
  let m = NUMERIC_DATE.exec(s);
  if (m) return iso(m[1] ?? "", Number(m[2]), Number(m[3]));
  m = MONTH_DAY_YEAR.exec(s);
  if (m) return iso(m[3] ?? "", monthNumber(m[1] ?? ""), Number(m[2]));
  m = DAY_MONTH_YEAR.exec(s);
  if (m) return iso(m[3] ?? "", monthNumber(m[2] ?? ""), Number(m[1]));
  return undefined;
}

type Field = "date" | "source" | "reporter" | "editor" | "reviewer" | "hits";

const FIELD_KEYS: Record<Field, string[]> = {
  date: [
    "date",
    "time",
    "release time",
    "release date",
    "publish time",
    "publish date",
    "published",
    "posted",
    "发布时间",
    "发布日期",
    "日期",
    "时间",
  ],
  source: ["source", "from", "来源", "出处"],
  reporter: ["author", "reporter", "reporters", "writer", "作者", "记者"],
  editor: ["editor", "editors", "responsible editor", "editor in charge", "编辑", "责任编辑", "责编"],
  reviewer: ["reviewed by", "reviewer", "审核", "审校"],
  hits: ["hits", "views", "clicks", "visits", "点击", "点击数", "浏览", "浏览量", "阅读"],
};
const FIELD_OF = new Map(Object.entries(FIELD_KEYS).flatMap(([f, keys]) => keys.map((k) => [k, f as Field])));
const KEY_PATTERN = [...FIELD_OF.keys()].sort((a, b) => b.length - a.length).join("|");
const FIELD = new RegExp(`(?:^|\\s)(${KEY_PATTERN})\\s*[:：]\\s*`, "gi");
const STARTS_WITH_FIELD = new RegExp(`^(?:${KEY_PATTERN})\\s*[:：]`, "i"); // rejects body lines fast
const REVIEWED_BY = /^(?:reviewed|edited|proofread|checked|audited)\s+by\s*[:：]?\s*(.+)$/i;
const PARENTHESISED = /^[(（]\s*(.*?)\s*[)）]$/;

export const splitNames = (s: string) => s.split(/\s*(?:[,，、;；]|\band\b)\s*/).filter(Boolean);

/** A line made only of known "Key: value" fields, as metadata; undefined for anything else. */
export function parseFieldLine(line: string): ArticleMetadata | undefined {
  const s = PARENTHESISED.exec(line)?.[1] ?? line;
  const reviewed = REVIEWED_BY.exec(s);
  if (reviewed) return { reviewedBy: splitNames(reviewed[1] ?? "") };
  if (!STARTS_WITH_FIELD.test(s)) return undefined;
  const matches = [...s.matchAll(FIELD)];
  const meta: ArticleMetadata = {};
  for (const [n, m] of matches.entries()) {
    const value = s.slice(m.index + m[0].length, matches[n + 1]?.index ?? s.length).trim();
    const field = FIELD_OF.get((m[1] ?? "").toLowerCase());
    if (!field || value === "") continue;
    if (field === "date") {
      const date = parseDate(value);
      if (!date) return undefined; // "Time: a history of clocks" is a title, not a field
      meta.publishedDate = date;
    } else if (field === "source") meta.sourceName = value;
    else if (field === "reporter") meta.reporter = value;
    else if (field === "editor") meta.editor = value;
    else if (field === "reviewer") meta.reviewedBy = splitNames(value);
    else meta.hits = value;
  }
  return meta;
}

const NAMES = "\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}";
const NAME_LIST = `${NAMES}(?:(?:,\\s*|\\s+and\\s+)${NAMES})*`;
const DATE_RUN_IN = /^(?:[Dd]ate|[Tt]ime)?\s*[:：]?\s*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)\s+/;
const AGENCY_DATELINE = new RegExp(
  `^(?:(\\p{Lu}[\\p{L} ]{1,50}?),\\s+)?(\\p{Lu}[\\p{L} ]{1,30}?),\\s+(${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?)\\s*(?:\\(([^)]{2,40})\\)\\s*)?[–—-]{1,2}\\s+`,
  "u",
);
const BYLINE = new RegExp(
  `([(（])?(?:(?:[Aa]ll-media|[Oo]ur|[Ss]taff|[Ss]pecial|[Ss]enior|[Cc]hief|[Ii]ntern)\\s+)*` +
    `(?:[Rr]eporters?|[Cc]orrespondents?|[Jj]ournalists?)\\s+(${NAME_LIST})\\s*[)）]?` +
    `\\s*(?:reported(?:\\s+that)?|reports(?:\\s+that)?|[:：,])?\\s+`,
  "uy", // sticky: matched where the dateline ends
);

export interface DatelineCut {
  /** The paragraph without its dateline. */
  rest: string;
  metadata: ArticleMetadata;
}

/**
 * Cuts a dateline off the start of a paragraph: " date 2023-03-07 All-media reporter Liu Yanchao
 * reported that …", "Xinhua News Agency, Beijing, February 23 – …", "(Reporter Li Ming) …". A byline
 * is cut only after a dateline or in brackets, so "Reporter Li said …" stays a sentence.
 */
export function cutDateline(text: string): DatelineCut | undefined {
  const metadata: ArticleMetadata = {};
  let cut = 0;
  const dated = DATE_RUN_IN.exec(text);
  const agency = dated ? null : AGENCY_DATELINE.exec(text);
  if (dated) {
    metadata.publishedDate = parseDate(dated[1] ?? "");
    cut = dated[0].length;
  } else if (agency) {
    const [, source, place, date, bracketSource] = agency;
    if (source ?? bracketSource) metadata.sourceName = source ?? bracketSource;
    metadata.place = place;
    metadata.publishedDate = parseDate(date ?? "");
    cut = agency[0].length;
  }
  BYLINE.lastIndex = cut;
  const byline = BYLINE.exec(text);
  if (byline && (cut > 0 || byline[1])) {
    metadata.reporter = byline[2];
    cut += byline[0].length;
  }
  if (cut === 0 || cut >= text.length) return undefined;
  if (!metadata.publishedDate) delete metadata.publishedDate;
  metadata.dateline = text.slice(0, cut).trim();
  return { rest: text.slice(cut), metadata };
}
