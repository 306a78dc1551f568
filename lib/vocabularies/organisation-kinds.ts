import { OrganisationKind } from "@/lib/generated/prisma/enums";
import { enumValues } from "./enum-values";

// What kind of body an organisation in the register is.
export const ORGANISATION_KINDS = enumValues(OrganisationKind);
export type { OrganisationKind };
