import { PermitGround } from "@/lib/generated/prisma/enums";
import { enumValues } from "./enum-values";

// The residence permit grounds: the Prisma enum is the list; the eligibility engine,
// the case forms and the calculator all read it from here.
// Labels: "permitGround.<GROUND>" (cases.json), the one label of each ground everywhere.
export const PERMIT_GROUNDS = enumValues(PermitGround);
export type { PermitGround };

/** Whether a permit is permanent or temporary; a form choice, not a stored enum (the column is a boolean). */
export const PERMIT_KINDS = ["PERMANENT", "TEMPORARY"] as const;
export type PermitKind = (typeof PERMIT_KINDS)[number];
