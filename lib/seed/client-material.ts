// The client information sheet and consent form in every language of
// lib/client-material/languages.ts (texts in ./client-material-texts/).
//
//   await seedClientMaterial(databaseUrl)   // its own connection and transaction
//   await seedClientMaterial(client)        // inside the caller's transaction
//
// Idempotent, like the guidance seed: an insert by (kind, language); a text
// an administrator has edited (version > 1) is never overwritten, one still
// as seeded gets the words below. Every text is seeded unreviewed: no
// translator has checked these translations yet.
import crypto from "node:crypto";
import { CLIENT_LANGUAGE_CODES } from "../client-material/languages";
import { CLIENT_MATERIAL_TEXTS } from "./client-material-texts";
import { inOwnTransaction, type Queryable } from "./transaction";

export type SeedClientMaterialResult = { inserted: number; updated: number; unchanged: number };

/** The seeded rows: one information sheet and one consent form per language. */
export function clientMaterialSeedRows() {
  return CLIENT_LANGUAGE_CODES.flatMap((language) => {
    const texts = CLIENT_MATERIAL_TEXTS[language];
    return [
      { kind: "INFORMATION_SHEET" as const, language, ...texts.sheet },
      { kind: "CONSENT" as const, language, ...texts.consent },
    ];
  });
}

async function upsertAll(db: Queryable): Promise<SeedClientMaterialResult> {
  const result: SeedClientMaterialResult = { inserted: 0, updated: 0, unchanged: 0 };
  for (const row of clientMaterialSeedRows()) {
    const { rows } = await db.query<{ inserted: boolean }>(
      `INSERT INTO "ClientMaterialText" (id, kind, language, title, body, version, "updatedAt")
       VALUES ($1, $2::"ClientMaterialKind", $3, $4, $5, 1, now())
       ON CONFLICT (kind, language) DO UPDATE SET title = EXCLUDED.title, body = EXCLUDED.body, "updatedAt" = now()
       WHERE "ClientMaterialText".version = 1
         AND ("ClientMaterialText".title, "ClientMaterialText".body) IS DISTINCT FROM (EXCLUDED.title, EXCLUDED.body)
       RETURNING (xmax = 0) AS inserted`,
      [`m${crypto.randomBytes(12).toString("hex")}`, row.kind, row.language, row.title, row.body],
    );
    const written = rows[0];
    if (!written) result.unchanged += 1;
    else if (written.inserted) result.inserted += 1;
    else result.updated += 1;
  }
  return result;
}

/** Creates or refreshes the texts; given a URL it opens its own connection and transaction. */
export async function seedClientMaterial(target: string | Queryable): Promise<SeedClientMaterialResult> {
  return inOwnTransaction(target, upsertAll);
}
