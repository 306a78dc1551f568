// The rows the builders make, in the shape of Prisma's `createMany` input (and
// of the seed's column lists in ./tables.ts), with ids chosen by the builders
// so that related rows can point at each other before anything is written.
import type { Prisma } from "../generated/prisma/client";
import type {
  AsylumStatus,
  CaseOutcome,
  CaseStatus,
  CounsellingTopic,
  Gender,
  HouseholdRelation,
  Locale,
  OrganisationKind,
  PermitGround,
  PlanStepKind,
  PlanStepStatus,
  ReferralDecision,
  ReferralStatus,
  ReferralType,
  Role,
  SessionMode,
  TaskStatus,
} from "../generated/prisma/enums";
import type { OrganisationKey } from "./catalog";

export type TeamRow = { id: string; name: string; shareCasesWithinTeam: boolean; createdAt: Date; updatedAt: Date };

export type UserRow = {
  id: string;
  email: string;
  name: string;
  role: Role;
  teamId: string | null;
  locale: Locale;
  passwordHash: string | null;
  isActive: boolean;
  mustChangePassword: boolean;
  createdAt: Date;
  updatedAt: Date;
};

export type OrganisationRow = {
  id: string;
  name: string;
  kind: OrganisationKind;
  country: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  address: string | null;
  contactRoutes: string;
  isActive: boolean;
  createdAt: Date;
  updatedAt: Date;
};

export type OrganisationIds = Record<OrganisationKey, string>;

/** Who a person is: the same columns on the case (the applicant) and on each household member. */
export type PersonColumns = {
  firstName: string;
  lastName: string;
  birthDate: Date;
  gender: Gender;
  identityNumber: string | null;
  citizenships: string[];
};

/** A person's residence permit: the same columns on the case and on each household member. */
export type PermitColumns = {
  permitGround: PermitGround | null;
  permitPermanent: boolean | null;
  permitGrantedOn: Date | null;
  permitExpiresOn: Date | null;
};

export type CaseRow = {
  id: string;
  caseNumber: string;
  caseYear: number;
  caseSeq: number;
  status: CaseStatus;
  statusSince: Date;
  outcome: CaseOutcome | null;
  adviserId: string;
  teamId: string;
} & PersonColumns & {
  countryOfOrigin: string | null;
  languages: string[];
  interpreterLanguage: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  isRegisteredInSweden: boolean;
} & PermitColumns & {
  asylumStatus: AsylumStatus;
  destinationCountry: string | null;
  destinationIsHomeCountry: boolean;
  version: number;
  openedAt: Date;
  closedAt: Date | null;
  lastEntryAt: Date;
  createdAt: Date;
  updatedAt: Date;
};

export type HouseholdMemberRow = {
  id: string;
  caseId: string;
  relation: HouseholdRelation;
} & PersonColumns & PermitColumns & {
  livesWithApplicant: boolean;
  createdAt: Date;
  updatedAt: Date;
};

export type CaseStatusChangeRow = {
  id: string;
  caseId: string;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
  effectiveOn: Date;
  reason: string;
  outcome: CaseOutcome | null;
  changedById: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export type CounsellingSessionRow = {
  id: string;
  caseId: string;
  startsAt: Date;
  durationMinutes: number;
  mode: SessionMode;
  interpreterLanguage: string | null;
  isInterpreterBooked: boolean;
  participants: string;
  topics: CounsellingTopic[];
  notes: string;
  authorId: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export type ReturnPlanStepRow = {
  id: string;
  caseId: string;
  kind: PlanStepKind;
  status: PlanStepStatus;
  dueOn: Date | null;
  note: string;
  createdAt: Date;
  updatedAt: Date;
};

export type TaskRow = {
  id: string;
  caseId: string | null;
  assigneeId: string;
  sessionId: string | null;
  title: string;
  dueOn: Date | null;
  waitingOn: string | null;
  status: TaskStatus;
  doneAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

export type FollowUpRow = {
  id: string;
  caseId: string;
  monthsAfterReturn: number;
  dueOn: Date;
  completedOn: Date | null;
  economicScore: number | null;
  socialScore: number | null;
  psychosocialScore: number | null;
  notes: string;
  createdAt: Date;
  updatedAt: Date;
};

export type EligibilityCheckRow = {
  id: string;
  caseId: string;
  ruleSetId: string;
  applicationDate: Date;
  input: Prisma.InputJsonValue;
  result: Prisma.InputJsonValue;
  outcome: string;
  totalSek: number;
  createdById: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export type ReferralRow = {
  id: string;
  caseId: string;
  organisationId: string;
  type: ReferralType;
  status: ReferralStatus;
  statusSince: Date;
  consentGivenOn: Date | null;
  consentNote: string | null;
  eligibilityCheckId: string | null;
  sentOn: Date | null;
  decidedOn: Date | null;
  decision: ReferralDecision | null;
  decisionAmountSek: number | null;
  agencyReference: string | null;
  note: string;
  version: number;
  createdById: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export type ReferralEventRow = {
  id: string;
  referralId: string;
  fromStatus: ReferralStatus | null;
  toStatus: ReferralStatus;
  occurredOn: Date;
  note: string;
  byUserId: string | null;
  createdAt: Date;
  updatedAt: Date;
};

/** A case and everything that hangs off it, in insertion order. */
export type CaseGraph = {
  case: CaseRow;
  householdMembers: HouseholdMemberRow[];
  statusChanges: CaseStatusChangeRow[];
  sessions: CounsellingSessionRow[];
  planSteps: ReturnPlanStepRow[];
  eligibilityChecks: EligibilityCheckRow[];
  referrals: ReferralRow[];
  referralEvents: ReferralEventRow[];
  tasks: TaskRow[];
  followUps: FollowUpRow[];
};
