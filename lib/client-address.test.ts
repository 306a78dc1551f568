import { describe, expect, it } from "vitest";
import { normalizeAddress, parseTrustedProxies, resolveClientAddress, resolveIsHttps } from "./client-address";

const proxies = parseTrustedProxies("127.0.0.2, 10.0.0.0/8, ::1");
const none = parseTrustedProxies(undefined);

describe("resolveClientAddress", () => {
  it("uses the connection's address and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(resolveClientAddress("203.0.113.7", "198.51.100.1", none)).toBe("203.0.113.7");
  });

  it("ignores X-Forwarded-For from a connection that is not a trusted proxy", () => {
    expect(resolveClientAddress("203.0.113.7", "198.51.100.1", proxies)).toBe("203.0.113.7");
  });

  it("takes the rightmost entry a trusted proxy appended, not a made-up leftmost one", () => {
    // The client sent "X-Forwarded-For: 198.51.100.1"; nginx appended the real address.
    expect(resolveClientAddress("127.0.0.2", "198.51.100.1, 203.0.113.7", proxies)).toBe("203.0.113.7");
  });

  it("walks through a chain of trusted proxies, counting from the right", () => {
    expect(resolveClientAddress("127.0.0.2", "198.51.100.1, 203.0.113.7, 10.1.2.3", proxies)).toBe("203.0.113.7");
  });

  it("stops at a malformed entry and keeps the last address vouched for", () => {
    expect(resolveClientAddress("127.0.0.2", "203.0.113.7, not-an-address", proxies)).toBe("127.0.0.2");
  });

  it("treats an IPv4 address on a dual-stack socket as IPv4", () => {
    expect(resolveClientAddress("::ffff:127.0.0.2", "203.0.113.7", proxies)).toBe("203.0.113.7");
    expect(normalizeAddress("::FFFF:10.0.0.1")).toBe("10.0.0.1");
  });

  it("joins repeated headers before counting", () => {
    expect(resolveClientAddress("127.0.0.2", ["198.51.100.1", "203.0.113.7"], proxies)).toBe("203.0.113.7");
  });

  it("returns the proxy itself when it forwarded nothing", () => {
    expect(resolveClientAddress("127.0.0.2", undefined, proxies)).toBe("127.0.0.2");
  });
});

describe("parseTrustedProxies", () => {
  it("refuses an entry that is not an address, so a typo stops start-up", () => {
    expect(() => parseTrustedProxies("127.0.0.1,localhost")).toThrow(/localhost/);
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/prefix/);
  });
});

describe("resolveIsHttps", () => {
  it("believes X-Forwarded-Proto only from a trusted proxy", () => {
    expect(resolveIsHttps(false, "127.0.0.2", "https", proxies)).toBe(true);
    expect(resolveIsHttps(false, "203.0.113.7", "https", proxies)).toBe(false);
    expect(resolveIsHttps(true, "203.0.113.7", undefined, proxies)).toBe(true);
  });
});
