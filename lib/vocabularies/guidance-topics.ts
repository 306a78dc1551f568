import { GuidanceTopic } from "@/lib/generated/prisma/enums";
import { enumValues } from "./enum-values";

// The guidance library's topics, in the order the library lists them.
export const GUIDANCE_TOPICS = enumValues(GuidanceTopic);
export type { GuidanceTopic };
