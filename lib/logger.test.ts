import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, scrubText, serializeError } from "./logger";
import { runWithRequestStore } from "./request-store";

describe("scrubText", () => {
  it("takes out e-mail addresses, identity numbers and quoted values, and keeps what went wrong", () => {
    const text = scrubText('Unique constraint failed for "Amina Hassan" (amina@example.se), personnummer 19840412-1234 and 8404121234');
    expect(text).toBe('Unique constraint failed for "…" ([e-mail]), personnummer [number] and [number]');
  });
});

describe("serializeError", () => {
  it("keeps the kind and code of an error and drops the arguments Prisma prints", () => {
    const error = Object.assign(new Error("Invalid `prisma.case.create()` invocation:\n{ data: { firstName: 'Amina' } }"), { code: "P2002" });
    const serialized = serializeError(error);
    expect(serialized).toMatchObject({ type: "Error", code: "P2002", message: "Invalid `prisma.case.create()` " });
    expect(JSON.stringify(serialized)).not.toContain("Amina");
  });
});

describe("the logger", () => {
  it("puts the request id and user id on every line of a request and redacts personal fields", () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write: (chunk, _encoding, done) => {
        lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
        done();
      },
    });
    const logger = createLogger(sink);
    runWithRequestStore({ requestId: "req-12345678", clientAddress: "203.0.113.7", isHttps: true, userId: "user-1" }, () => {
      logger.info({ email: "amina@example.se", person: { name: "Amina Hassan", identityNumber: "19840412-1234" }, count: 3 }, "looked up");
    });
    logger.info("outside a request");
    expect(lines[0]).toMatchObject({
      level: "info",
      msg: "looked up",
      requestId: "req-12345678",
      userId: "user-1",
      email: "[redacted]",
      person: { name: "[redacted]", identityNumber: "[redacted]" },
      count: 3,
    });
    expect(lines[1]).not.toHaveProperty("requestId");
  });
});
