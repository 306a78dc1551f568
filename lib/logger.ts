// One logger, JSON to stdout. Never pass personal data (names, identity
// numbers, notes) to it: log ids and counts instead.
import pino from "pino";

export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { app: "hemvag" },
  redact: { paths: ["*.password", "*.passwordHash", "*.identityNumber", "*.totpSecret"], censor: "[redacted]" },
});
