import { Gender } from "@/lib/generated/prisma/enums";
import { enumValues } from "./enum-values";

// A person's gender as the yearly statistics count it: woman, man, or other /
// not stated (one value, as official statistics keep them; a case from before
// the field existed has not stated it). Labels: "gender.<GENDER>" (report.json).
export const GENDERS = enumValues(Gender);
export type { Gender };

/** What an empty choice means: the person has not stated it. */
export const GENDER_NOT_STATED: Gender = "OTHER";
