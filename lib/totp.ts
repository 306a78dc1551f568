// Time-based one-time passwords (RFC 6238, the authenticator-app defaults:
// SHA-1, 6 digits, 30 s) and one-time recovery codes.
import crypto from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";

const ISSUER = "Hemväg";
/** One step either side absorbs clock drift between phone and server. */
const EPOCH_TOLERANCE_SECONDS = 30;
export const RECOVERY_CODE_COUNT = 10;

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(email: string, secret: string): string {
  return generateURI({ issuer: ISSUER, label: email, secret });
}

/** The enrolment QR code as an SVG data URL (no external request, allowed by the CSP). */
export async function totpQrDataUrl(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

/**
 * The time step (30-second counter) the code belongs to, or null when it is
 * not a current code, or belongs to `afterTimeStep` or earlier (already used).
 */
export async function matchTotp(secret: string, token: string, afterTimeStep: number | null = null): Promise<number | null> {
  const digits = token.replace(/\s/g, "");
  if (!/^\d{6}$/.test(digits)) return null;
  try {
    const result = await verify({ secret, token: digits, epochTolerance: EPOCH_TOLERANCE_SECONDS, ...(afterTimeStep === null ? {} : { afterTimeStep }) });
    return result.valid && "timeStep" in result ? result.timeStep : null;
  } catch {
    return null;
  }
}

/** Ten codes like "k7qm-2xrt", from an alphabet without look-alike characters. */
export function newRecoveryCodes(): string[] {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from(crypto.randomBytes(8), (b) => alphabet[b % alphabet.length]).join("");
    return `${chars.slice(0, 4)}-${chars.slice(4)}`;
  });
}

export function normalizeRecoveryCode(input: string): string {
  return input.trim().toLowerCase().replace(/\s/g, "");
}
