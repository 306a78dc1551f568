// Next.js and the libraries inside it write to console.*: turn those lines
// into the same JSON log lines as ours, scrubbed of personal data (an error
// message can quote what a user typed), so stdout carries one format only.
import { format } from "node:util";
import { logger, scrubText } from "../lib/logger";

type Level = "debug" | "info" | "warn" | "error";

export function routeConsoleToLogger(): void {
  const forward = (level: Level) => (...args: unknown[]) => {
    const error = args.find((arg): arg is Error => arg instanceof Error);
    const text = scrubText(format(...args.map((arg) => (arg instanceof Error ? arg.name : arg))).trim());
    if (error) logger[level]({ err: error, source: "console" }, text);
    else logger[level]({ source: "console" }, text);
  };
  console.log = forward("info");
  console.info = forward("info");
  console.warn = forward("warn");
  console.error = forward("error");
  console.debug = forward("debug");
}
