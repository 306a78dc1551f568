// Where a request really comes from. X-Forwarded-For is a list any client can
// start with made-up entries; only the entries appended by our own proxies are
// true. So: start at the connection's address and walk the list from the
// right while the hop we are looking at is a trusted proxy; the first address
// that is not one is the client. With no TRUSTED_PROXIES the header is ignored.
import net from "node:net";

export type TrustedProxies = { contains: (address: string) => boolean; isEmpty: boolean };

/** `::ffff:127.0.0.1` (an IPv4 client on a dual-stack socket) is 127.0.0.1. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim().replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1]! : trimmed.toLowerCase();
}

/**
 * TRUSTED_PROXIES: comma-separated addresses or CIDR ranges of the reverse
 * proxies in front of the app (e.g. `127.0.0.1,10.0.0.0/8`). Throws on an
 * entry that is neither, so a typo stops start-up instead of trusting no one.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new net.BlockList();
  const entries = (value ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  for (const entry of entries) {
    const [address, prefix] = entry.split("/");
    const family = net.isIP(address ?? "");
    if (!address || family === 0) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) list.addAddress(normalizeAddress(address), type);
    else {
      const bits = Number(prefix);
      if (!Number.isInteger(bits) || bits < 0 || bits > (family === 4 ? 32 : 128)) throw new Error(`TRUSTED_PROXIES: "${entry}" has a bad prefix length`);
      list.addSubnet(normalizeAddress(address), bits, type);
    }
  }
  return {
    isEmpty: entries.length === 0,
    contains: (address) => {
      const normalized = normalizeAddress(address);
      const family = net.isIP(normalized);
      return family !== 0 && list.check(normalized, family === 4 ? "ipv4" : "ipv6");
    },
  };
}

/**
 * The client's address: the connection's own, or, when the connection is a
 * trusted proxy, the rightmost X-Forwarded-For entry that is not one.
 */
export function resolveClientAddress(remoteAddress: string | undefined, forwardedFor: string | string[] | undefined, trusted: TrustedProxies): string | null {
  if (!remoteAddress) return null;
  let client = normalizeAddress(remoteAddress);
  if (trusted.isEmpty || !trusted.contains(client)) return client;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  while (hops.length > 0 && trusted.contains(client)) {
    const next = normalizeAddress(hops.pop()!);
    // A malformed entry: the proxy vouches for nothing beyond it.
    if (net.isIP(next) === 0) return client;
    client = next;
  }
  return client;
}

/** Whether the connection came over TLS, or a trusted proxy says the browser's did. */
export function resolveIsHttps(isEncrypted: boolean, remoteAddress: string | undefined, forwardedProto: string | string[] | undefined, trusted: TrustedProxies): boolean {
  if (isEncrypted) return true;
  if (!remoteAddress || !trusted.contains(remoteAddress)) return false;
  const proto = Array.isArray(forwardedProto) ? forwardedProto[0] : forwardedProto;
  return proto?.split(",")[0]?.trim().toLowerCase() === "https";
}
