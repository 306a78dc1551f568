// Which message namespaces each part of the app sends to its client
// components (i18n/client-messages.ts hands them to NextIntlClientProvider).
// Kept in step by i18n/client-namespaces.test.ts.

/** Read by app/error.tsx, which can show under any layout. */
const ROOT = ["app"] as const;

export const CLIENT_NAMESPACES = {
  root: ROOT,
  /** Sign-in, second factor, new password (app/(auth), components/forms). */
  auth: [...ROOT, "forms", "signIn", "twoFactor", "profile"],
  /** The signed-in app (app/(app), components/*). */
  app: [
    ...ROOT,
    "admin",
    "asylumStatus",
    "caseOutcome",
    "caseRecord",
    "caseStatus",
    "cases",
    "casework",
    "clientMaterial",
    "counselling",
    "documents",
    "emergencySignOff",
    "eligibility",
    "exports",
    "followUps",
    "forms",
    "gender",
    "guidance",
    "householdRelation",
    "journal",
    "logReview",
    "workflow",
    "organisations",
    "permitGround",
    "plan",
    "profile",
    "protectedIdentity",
    "records",
    "referrals",
    "reportSettings",
    "retention",
    "retentionSettings",
    "settings",
    "tasks",
    "twoFactor",
  ],
} as const;

