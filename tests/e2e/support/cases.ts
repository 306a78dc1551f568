import crypto from "node:crypto";
import { DEMO } from "./accounts";
import { query as defaultQuery } from "./db";
import { officeToday } from "../../../lib/dates";

type Query = typeof defaultQuery;

/** A bare case of the demo adviser's in the given status, with a number far above any the app hands out. */
export async function newCase(status: string, query: Query = defaultQuery): Promise<{ id: string; caseNumber: string }> {
  const [adviser] = await query<{ id: string; teamId: string }>('SELECT id, "teamId" FROM "User" WHERE email = $1', [DEMO.adviser]);
  const id = `e2ecw${crypto.randomBytes(8).toString("hex")}`;
  const year = Number(officeToday().slice(0, 4));
  const seq = 900_000 + crypto.randomInt(99_999);
  const caseNumber = `${year}/${seq}`;
  await query(
    `INSERT INTO "Case" (id, "caseNumber", "caseYear", "caseSeq", status, "adviserId", "teamId", "firstName", "lastName", "birthDate",
                         citizenships, languages, "interpreterLanguage", "updatedAt")
     VALUES ($1, $2, $3, $4, $5::"CaseStatus", $6, $7, 'Amina', $8, '1984-04-12', '{SY}', '{ar}', 'ar', now())`,
    [id, caseNumber, year, seq, status, adviser!.id, adviser!.teamId, `Testfall ${seq}`],
  );
  return { id, caseNumber };
}
