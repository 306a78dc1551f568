import { HouseholdRelation } from "@/lib/generated/prisma/enums";
import { enumValues } from "./enum-values";

// A household member's relation to the person the case is about.
// Labels: "householdRelation.<RELATION>" (cases.json).
export const HOUSEHOLD_RELATIONS = enumValues(HouseholdRelation);
export type { HouseholdRelation };
