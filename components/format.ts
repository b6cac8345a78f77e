const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export function formatDate(date: Date | null | undefined): string {
  return date ? dateFormat.format(date) : "—";
}

export const articleStatusLabel: Record<string, string> = {
  new: "New",
  in_review: "In review",
  reviewed: "Reviewed",
  approved: "Approved",
};
