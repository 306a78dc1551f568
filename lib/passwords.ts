// Password and recovery-code hashing: argon2id with the library's defaults
// (m=19 MiB, t=2, p=1, OWASP's minimum), one place for every caller.
import { hash, verify } from "@node-rs/argon2";

/** Algorithm.Argon2id; the package declares it as a const enum, which isolatedModules cannot import. */
const ARGON2ID = 2;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// A real hash of a random string, verified when the account does not exist so
// that a wrong e-mail takes as long as a wrong password.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword(crypto.randomUUID());
  await verifyPassword(await dummyHash, password);
}
