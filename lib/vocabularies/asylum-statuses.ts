import { AsylumStatus } from "@/lib/generated/prisma/enums";
import { enumValues } from "./enum-values";

// Where the person's asylum application stands. Labels: "asylumStatus.<STATUS>" (cases.json).
export const ASYLUM_STATUSES = enumValues(AsylumStatus);
export type { AsylumStatus };
