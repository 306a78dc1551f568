import net from "node:net";
import { describe, expect, it } from "vitest";
import { checkDatabaseReachable } from "./database-checks";

/** A port nothing listens on: bind one, note it, close it. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("checkDatabaseReachable", () => {
  it("says in one line where it tried and how to fix it", async () => {
    const port = await closedPort();
    const result = await checkDatabaseReachable(`postgresql://postgres@127.0.0.1:${port}/hemvag`);
    expect(result.ok).toBe(false);
    const message = result.ok ? "" : result.message;
    expect(message).toContain(`127.0.0.1:${port}/hemvag`);
    expect(message).toContain("unset DATABASE_URL to use the embedded database");
    expect(message.split("\n")).toHaveLength(1);
  });
});
