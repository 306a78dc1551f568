// What a search in the case list means. Pure: the data layer turns the
// answer into SQL. A case number goes to the unique index, an identity
// number to its index, a birth date to its index, anything else is a name
// (typo-tolerant, by trigrams).
import { parseIdentityNumber } from "@/lib/identity-number";
import { looksLikeCaseNumber, parseCaseNumber } from "./case-number";

export type CaseSearch =
  | { kind: "caseNumber"; caseNumber: string }
  | { kind: "caseNumberPrefix"; year: number; prefix: string }
  | { kind: "identityNumber"; identityNumber: string }
  | { kind: "invalidIdentityNumber" }
  | { kind: "birthDate"; birthDate: string }
  | { kind: "name"; text: string };

const IDENTITY_LIKE = /^(\d{6}|\d{8})[-+]?\d{4}$/;
const DATE_LIKE = /^(\d{4})-?(\d{2})-?(\d{2})$/;

export function classifySearch(query: string, today: string): CaseSearch | null {
  const trimmed = query.trim().replace(/\s+/g, " ");
  if (!trimmed) return null;
  if (looksLikeCaseNumber(trimmed)) {
    const parsed = parseCaseNumber(trimmed);
    if (parsed && /\/\d{4,}$/.test(trimmed)) return { kind: "caseNumber", caseNumber: trimmed };
    return { kind: "caseNumberPrefix", year: Number(trimmed.slice(0, 4)), prefix: trimmed };
  }
  const compact = trimmed.replace(/\s/g, "");
  if (IDENTITY_LIKE.test(compact)) {
    const parsed = parseIdentityNumber(compact, today);
    return parsed.ok ? { kind: "identityNumber", identityNumber: parsed.normalized } : { kind: "invalidIdentityNumber" };
  }
  const date = DATE_LIKE.exec(compact);
  if (date) {
    const iso = `${date[1]}-${date[2]}-${date[3]}`;
    const probe = new Date(`${iso}T00:00:00Z`);
    if (!Number.isNaN(probe.getTime()) && probe.toISOString().startsWith(iso)) return { kind: "birthDate", birthDate: iso };
  }
  return { kind: "name", text: trimmed.toLowerCase() };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A LIKE pattern matching the text anywhere, with LIKE's own characters escaped. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** A LIKE pattern matching what starts with the text. */
export function startsWithPattern(text: string): string {
  return `${escapeLike(text)}%`;
}

/** The position after the last row of a page, opaque in the URL. */
export type Cursor = (string | number)[];

// btoa/atob rather than Buffer: this module also runs in the browser.
function toBase64Url(text: string): string {
  const binary = Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join("");
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(value: string): string {
  const binary = atob(value.replace(/-/g, "+").replace(/_/g, "/"));
  return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

export function encodeCursor(values: Cursor): string {
  return toBase64Url(JSON.stringify(values));
}

/** The largest number a cursor may hold: PostgreSQL's int range (case years and sequence numbers). */
const CURSOR_NUMBER_MAX = 2_147_483_647;

export function decodeCursor(value: string): Cursor | null {
  try {
    const decoded: unknown = JSON.parse(fromBase64Url(value));
    if (!Array.isArray(decoded) || decoded.length < 2 || decoded.length > 3) return null;
    // Made-up cursors must not reach the keyset SQL as values it cannot cast (an int or a real out of
    // range, a NUL byte): those answered 500 (issue 12 L4). Real cursors hold case numbers, scores and ids.
    const isSafe = (item: unknown) =>
      (typeof item === "string" && item.length <= 200 && !/[\u0000-\u001F]/.test(item)) ||
      (typeof item === "number" && Number.isFinite(item) && Math.abs(item) <= CURSOR_NUMBER_MAX);
    if (!decoded.every(isSafe)) return null;
    return decoded as Cursor;
  } catch {
    return null;
  }
}
