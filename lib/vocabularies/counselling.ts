import { CounsellingTopic, SessionMode } from "@/lib/generated/prisma/enums";
import { enumValues } from "./enum-values";

// How a counselling session was held and what it covered.
// Labels: "sessionModes.<MODE>", "topics.<TOPIC>" (casework.json).
export const SESSION_MODES = enumValues(SessionMode);
export const COUNSELLING_TOPICS = enumValues(CounsellingTopic);
export type { CounsellingTopic, SessionMode };
