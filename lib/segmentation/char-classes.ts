// Character tests shared by the segmenter's passes. Whitespace is exactly what String#trim removes,
// so "trimmed span" and "gap between spans" mean the same thing everywhere.

export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Closing quotes and brackets that belong to the sentence they follow. */
export const CLOSERS = new Set([..."\"'”’)]}»›」』）】〕》〉"]);

/** Opening quotes and brackets skipped to find the first letter of the next sentence. */
export const OPENERS = new Set([..."\"'“‘([{«‹「『（【〔《〈"]);

export const BULLETS = "•▪◦‣⁃";

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

export const isUpper = (ch: string | undefined) => ch !== undefined && UPPER.test(ch);
export const isLower = (ch: string | undefined) => ch !== undefined && LOWER.test(ch);
export const isDigit = (ch: string | undefined) => ch !== undefined && ch >= "0" && ch <= "9";

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Chinese when Han characters outnumber Latin letters; cheap enough to run on every call. */
export function looksChinese(text: string): boolean {
  if (!HAN.test(text)) return false;
  let han = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) han++;
    else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
  }
  return han >= latin;
}
