// The PDF's standard fonts (Helvetica) encode WinAnsi only: Latin-1 plus a
// few typographic marks. That covers å ä ö é ü ß ø, but not ć ş ł ğ or other
// scripts, and pdf-lib throws on any character it cannot encode. No font with
// wider coverage can be embedded (that needs @pdf-lib/fontkit, which is not a
// dependency), so names are transliterated: accents dropped where the base
// letter is encodable, a few letters mapped by hand, and anything else shown
// as "?", with the caller told so the letter can say the name was simplified.

const WIN_ANSI_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0)!;
  if (code === 0x09 || code === 0x0a) return true;
  if (code >= 0x20 && code <= 0x7e) return true;
  if (code >= 0xa0 && code <= 0xff) return true;
  return WIN_ANSI_EXTRA.includes(char);
}

/** Letters that do not decompose into an encodable base letter and a mark. */
const BY_HAND: Record<string, string> = {
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
  ı: "i",
  ħ: "h",
  Ħ: "H",
  ŀ: "l",
  Ŀ: "L",
  ŉ: "n",
  ŋ: "ng",
  Ŋ: "NG",
  ſ: "s",
  ə: "e",
  Ə: "E",
  // Typographic marks that are common in pasted text.
  "\u2010": "-",
  "\u2011": "-",
  "\u2212": "-",
  "\u200b": "",
  "\u2032": "'",
  "\u02bc": "'",
  "\u02bb": "'",
};

export type WinAnsiText = { text: string; isChanged: boolean; hasUnknown: boolean };

/** The text with every character the standard fonts cannot draw replaced by its closest encodable form. */
export function toWinAnsi(input: string): WinAnsiText {
  let text = "";
  let isChanged = false;
  let hasUnknown = false;
  // NFC first, so that "a" + combining ring becomes "å", which WinAnsi has.
  for (const char of input.normalize("NFC")) {
    if (isWinAnsi(char)) {
      text += char;
      continue;
    }
    isChanged = true;
    const byHand = BY_HAND[char];
    if (byHand !== undefined) {
      text += byHand;
      continue;
    }
    if (/\s/u.test(char)) {
      text += " ";
      continue;
    }
    const base = char.normalize("NFD").replace(/\p{M}+/gu, "");
    if (base && [...base].every(isWinAnsi)) {
      text += base;
    } else {
      text += "?";
      hasUnknown = true;
    }
  }
  return { text, isChanged, hasUnknown };
}
