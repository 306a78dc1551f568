// Swedish personnummer and samordningsnummer (coordination numbers).
//
// Pure and browser-safe: no I/O and no clock of its own. The century of a
// 10-digit number depends on the day it is read ("+" means 100 or older), so
// the caller passes that day; it defaults to today only as a convenience.
//
// Skatteverket: the number is YYMMDD + a three-digit serial + a Luhn check digit
// computed over those nine digits; a samordningsnummer adds 60 to the day.

export type IdentityNumberError = "format" | "checksum" | "date";

export type ParsedIdentityNumber =
  | {
      ok: true;
      /** 12 digits, YYYYMMDDNNNN, as stored in the database. */
      normalized: string;
      /** YYYY-MM-DD; for a samordningsnummer the day minus 60. */
      birthDate: string;
      isCoordinationNumber: boolean;
    }
  | { ok: false; error: IdentityNumberError };

const COORDINATION_DAY_OFFSET = 60;

const TWELVE_DIGITS = /^(\d{8})-?(\d{4})$/;
const TEN_DIGITS = /^(\d{6})([-+]?)(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Luhn check digit of a string of digits (weights 2,1,2,1,… from the left). */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let product = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (product > 9) product -= 9;
    sum += product;
  }
  return (10 - (sum % 10)) % 10;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(value: number, length: number): string {
  return String(value).padStart(length, "0");
}

function toIsoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function localIsoDate(date: Date): string {
  return toIsoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** Splits the day field into the real day and whether it is a samordningsnummer. */
function splitDay(dayField: number): { day: number; isCoordinationNumber: boolean } {
  return dayField > COORDINATION_DAY_OFFSET
    ? { day: dayField - COORDINATION_DAY_OFFSET, isCoordinationNumber: true }
    : { day: dayField, isCoordinationNumber: false };
}

function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Parses a personnummer or samordningsnummer written as YYYYMMDD-NNNN,
 * YYYYMMDDNNNN, YYMMDD-NNNN, YYMMDDNNNN or YYMMDD+NNNN (100 years or older).
 * Whitespace anywhere is ignored. `referenceDate` ("YYYY-MM-DD") is the day the
 * number is read on: it fixes the century of the short forms, and a birth date
 * after it is refused.
 */
export function parseIdentityNumber(input: string, referenceDate: string = localIsoDate(new Date())): ParsedIdentityNumber {
  const reference = ISO_DATE.exec(referenceDate);
  if (!reference) throw new RangeError(`referenceDate must be YYYY-MM-DD, got "${referenceDate}"`);
  const today = referenceDate;
  const todayYear = Number(reference[1]);

  const compact = input.replace(/\s+/g, "");
  let year: number;
  let monthDay: string;
  let lastFour: string;

  const long = TWELVE_DIGITS.exec(compact);
  const short = long ? null : TEN_DIGITS.exec(compact);
  if (long) {
    const [, datePart = "", rest = ""] = long;
    year = Number(datePart.slice(0, 4));
    monthDay = datePart.slice(4);
    lastFour = rest;
  } else if (short) {
    const [, datePart = "", separator = "", rest = ""] = short;
    const yy = Number(datePart.slice(0, 2));
    monthDay = datePart.slice(2);
    lastFour = rest;
    const month = Number(monthDay.slice(0, 2));
    const { day } = splitDay(Number(monthDay.slice(2)));
    if (!isRealDate(2000, month, day)) return { ok: false, error: "date" };
    // The latest year ending in YY whose birthday is not after today; "+" goes back a century.
    year = todayYear - ((((todayYear - yy) % 100) + 100) % 100);
    if (toIsoDate(year, month, day) > today) year -= 100;
    if (separator === "+") year -= 100;
  } else {
    return { ok: false, error: "format" };
  }

  const month = Number(monthDay.slice(0, 2));
  const { day, isCoordinationNumber } = splitDay(Number(monthDay.slice(2)));
  if (!isRealDate(year, month, day)) return { ok: false, error: "date" };
  const birthDate = toIsoDate(year, month, day);
  if (birthDate > today) return { ok: false, error: "date" };

  const tenDigits = `${pad(year % 100, 2)}${monthDay}${lastFour}`;
  if (luhnCheckDigit(tenDigits.slice(0, 9)) !== Number(tenDigits[9])) return { ok: false, error: "checksum" };

  return { ok: true, normalized: `${pad(year, 4)}${monthDay}${lastFour}`, birthDate, isCoordinationNumber };
}

/** "YYYYMMDDNNNN" → "YYYYMMDD-NNNN"; anything else comes back unchanged. */
export function formatIdentityNumber(normalized: string): string {
  return /^\d{12}$/.test(normalized) ? `${normalized.slice(0, 8)}-${normalized.slice(8)}` : normalized;
}

/**
 * Builds a valid 12-digit number for a birth date ("YYYY-MM-DD") and a serial
 * (0–999; odd third digit traditionally male, even female), computing the
 * check digit. With `coordination`, the day carries the +60 of a samordningsnummer.
 */
export function makeIdentityNumber(birthDate: string, serial: number, options: { coordination?: boolean } = {}): string {
  const match = ISO_DATE.exec(birthDate);
  if (!match) throw new RangeError(`birthDate must be YYYY-MM-DD, got "${birthDate}"`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (!isRealDate(year, month, day)) throw new RangeError(`${birthDate} is not a date`);
  if (!Number.isInteger(serial) || serial < 0 || serial > 999) throw new RangeError(`serial must be 0–999, got ${serial}`);

  const dayField = options.coordination ? day + COORDINATION_DAY_OFFSET : day;
  const nine = `${pad(year % 100, 2)}${pad(month, 2)}${pad(dayField, 2)}${pad(serial, 3)}`;
  return `${pad(year, 4)}${nine.slice(2)}${luhnCheckDigit(nine)}`;
}
