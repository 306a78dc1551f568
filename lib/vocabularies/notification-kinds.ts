import { NotificationKind } from "@/lib/generated/prisma/enums";
import { enumValues } from "./enum-values";

// What a notification is about (docs/decisions/023). Labels: "workflow.notifications.kinds.<KIND>"
// and, counted, "workflow.digest.kinds.<KIND>" (workflow.json).
export const NOTIFICATION_KINDS = enumValues(NotificationKind);
export type { NotificationKind };
