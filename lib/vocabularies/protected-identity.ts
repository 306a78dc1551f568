import { LogReviewRule, LogReviewVerdict, ProtectedIdentityKind } from "@/lib/generated/prisma/enums";
import { enumValues } from "./enum-values";

// Protected personal data (skyddade personuppgifter, issue 13 part 1): the three
// kinds a person's record can carry. Labels: "protectedIdentity.kinds.<KIND>".
export const PROTECTED_IDENTITY_KINDS = enumValues(ProtectedIdentityKind);

// The access-log review (loggkontroll, issue 13 part 2): why a read was picked
// and what the reviewer concluded. Labels: "logReview.rules.<RULE>",
// "logReview.verdicts.<VERDICT>".
export const LOG_REVIEW_RULES = enumValues(LogReviewRule);
export const LOG_REVIEW_VERDICTS = enumValues(LogReviewVerdict);

export type { LogReviewRule, LogReviewVerdict, ProtectedIdentityKind };
