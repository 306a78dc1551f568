import { ReferralDecision, ReferralStatus, ReferralType } from "@/lib/generated/prisma/enums";
import { enumValues } from "./enum-values";

// A referral's type, where it stands and the receiver's decision; the allowed moves
// are lib/referrals/status-machine.
export const REFERRAL_TYPES = enumValues(ReferralType);
export const REFERRAL_STATUSES = enumValues(ReferralStatus);
export const REFERRAL_DECISIONS = enumValues(ReferralDecision);
export type { ReferralDecision, ReferralStatus, ReferralType };
