// Security finding M3: the per-address sign-in throttle must count the real
// client address (the connection's, or X-Forwarded-For as set by a trusted
// proxy, counted from the right), never an address the client made up.
import crypto from "node:crypto";
import { test, expect } from "./support/fixtures";
import { createAccount, DEMO_PASSWORD } from "./support/accounts";
import { randomLoopbackAddress, signInOverHttp } from "./support/raw-http";

const directUrl = process.env.E2E_BASE_URL!;
const proxyUrl = process.env.E2E_PROXY_URL;
/** One more than the per-address limit (lib/data/sign-in.ts, THROTTLE.addressLockAfter = 30). */
const ATTEMPTS_TO_LOCK_AN_ADDRESS = 31;

function unknownAccount(): string {
  return `nobody-${crypto.randomBytes(5).toString("hex")}@hemvag.test`;
}

function madeUpAddress(): string {
  const [a, b] = crypto.randomBytes(2);
  return `198.51.${a}.${b}`;
}

/** Failed sign-ins, each for an account of its own so that only the address counts add up. */
async function failFromAddress(baseUrl: string, from: string, forwardedFor: () => string | undefined): Promise<void> {
  for (let attempt = 0; attempt < ATTEMPTS_TO_LOCK_AN_ADDRESS; attempt += 1) {
    const outcome = await signInOverHttp(baseUrl, { email: unknownAccount(), password: "wrong-password" }, { from, forwardedFor: forwardedFor() });
    expect(outcome).not.toBe("signed-in");
  }
}

test.describe.configure({ timeout: 240_000 });

test("direct: a made-up X-Forwarded-For on every try does not escape the per-address throttle", async () => {
  const attacker = randomLoopbackAddress();
  await failFromAddress(directUrl, attacker, madeUpAddress);
  const email = await createAccount("STAFF");
  expect(await signInOverHttp(directUrl, { email, password: DEMO_PASSWORD }, { from: attacker, forwardedFor: madeUpAddress() })).toBe("locked");
  // Another address is not affected.
  expect(await signInOverHttp(directUrl, { email, password: DEMO_PASSWORD }, { from: randomLoopbackAddress() })).toBe("signed-in");
});

test("behind nginx: a made-up X-Forwarded-For on every try does not escape the per-address throttle", async () => {
  test.skip(!proxyUrl, "needs the nginx proxy started by npm run test:e2e");
  const attacker = randomLoopbackAddress();
  await failFromAddress(proxyUrl!, attacker, madeUpAddress);
  const email = await createAccount("STAFF");
  expect(await signInOverHttp(proxyUrl!, { email, password: DEMO_PASSWORD }, { from: attacker, forwardedFor: madeUpAddress() })).toBe("locked");
});

test("behind nginx: failures sent in a victim's name do not lock the victim out", async () => {
  test.skip(!proxyUrl, "needs the nginx proxy started by npm run test:e2e");
  const attacker = randomLoopbackAddress();
  const victim = randomLoopbackAddress();
  await failFromAddress(proxyUrl!, attacker, () => victim);
  const email = await createAccount("STAFF");
  expect(await signInOverHttp(proxyUrl!, { email, password: DEMO_PASSWORD }, { from: victim })).toBe("signed-in");
  // The attacker's own address is the one that is locked.
  expect(await signInOverHttp(proxyUrl!, { email, password: DEMO_PASSWORD }, { from: attacker })).toBe("locked");
});

test("direct: failures sent in a victim's name do not lock the victim out", async () => {
  const attacker = randomLoopbackAddress();
  const victim = randomLoopbackAddress();
  await failFromAddress(directUrl, attacker, () => victim);
  const email = await createAccount("STAFF");
  expect(await signInOverHttp(directUrl, { email, password: DEMO_PASSWORD }, { from: victim, forwardedFor: victim })).toBe("signed-in");
});
