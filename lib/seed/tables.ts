// Column lists of the tables the seed writes, typed against the builders' rows so
// that a row field without a column (or the reverse) fails to compile.
import type {
  CaseRow,
  CaseStatusChangeRow,
  CounsellingSessionRow,
  EligibilityCheckRow,
  FollowUpRow,
  HouseholdMemberRow,
  OrganisationRow,
  PermitColumns,
  PersonColumns,
  ReferralEventRow,
  ReferralRow,
  ReturnPlanStepRow,
  TaskRow,
  TeamRow,
  UserRow,
} from "./rows";
import type { ColumnType, TableSpec } from "./bulk-insert";

/** A column type for every field of the row, and nothing else. */
type Columns<Row> = { [K in keyof Row & string]-?: ColumnType };

function spec<Row>(table: string, columns: Columns<Row>): TableSpec<Row> {
  return { table, columns: Object.entries(columns).map(([name, type]) => ({ name: name as keyof Row & string, type: type as ColumnType })) };
}

const stamps = { createdAt: "timestamp", updatedAt: "timestamp" } as const;

// The person and their permit are stored alike on the case (the applicant) and on each household member.
const personColumns: Columns<PersonColumns> = {
  firstName: "text",
  lastName: "text",
  birthDate: "date",
  gender: { enum: "Gender" },
  identityNumber: "text",
  citizenships: "text[]",
};

const permitColumns: Columns<PermitColumns> = {
  permitGround: { enum: "PermitGround" },
  permitPermanent: "bool",
  permitGrantedOn: "date",
  permitExpiresOn: "date",
};

export const TEAM = spec<TeamRow>("Team", { id: "text", name: "text", shareCasesWithinTeam: "bool", ...stamps });

export const USER = spec<UserRow>("User", {
  id: "text",
  email: "text",
  name: "text",
  role: { enum: "Role" },
  teamId: "text",
  locale: { enum: "Locale" },
  passwordHash: "text",
  isActive: "bool",
  mustChangePassword: "bool",
  ...stamps,
});

export const ORGANISATION = spec<OrganisationRow>("Organisation", {
  id: "text",
  name: "text",
  kind: { enum: "OrganisationKind" },
  country: "text",
  phone: "text",
  email: "text",
  website: "text",
  address: "text",
  contactRoutes: "text",
  isActive: "bool",
  ...stamps,
});

export const CASE = spec<CaseRow>("Case", {
  id: "text",
  caseNumber: "text",
  caseYear: "int",
  caseSeq: "int",
  status: { enum: "CaseStatus" },
  statusSince: "timestamp",
  outcome: { enum: "CaseOutcome" },
  adviserId: "text",
  teamId: "text",
  ...personColumns,
  countryOfOrigin: "text",
  languages: "text[]",
  interpreterLanguage: "text",
  phone: "text",
  email: "text",
  address: "text",
  isRegisteredInSweden: "bool",
  ...permitColumns,
  asylumStatus: { enum: "AsylumStatus" },
  destinationCountry: "text",
  destinationIsHomeCountry: "bool",
  version: "int",
  openedAt: "timestamp",
  closedAt: "timestamp",
  lastEntryAt: "timestamp",
  ...stamps,
});

export const HOUSEHOLD_MEMBER = spec<HouseholdMemberRow>("HouseholdMember", {
  id: "text",
  caseId: "text",
  relation: { enum: "HouseholdRelation" },
  ...personColumns,
  ...permitColumns,
  livesWithApplicant: "bool",
  ...stamps,
});

export const CASE_STATUS_CHANGE = spec<CaseStatusChangeRow>("CaseStatusChange", {
  id: "text",
  caseId: "text",
  fromStatus: { enum: "CaseStatus" },
  toStatus: { enum: "CaseStatus" },
  effectiveOn: "date",
  reason: "text",
  outcome: { enum: "CaseOutcome" },
  changedById: "text",
  ...stamps,
});

export const COUNSELLING_SESSION = spec<CounsellingSessionRow>("CounsellingSession", {
  id: "text",
  caseId: "text",
  startsAt: "timestamp",
  durationMinutes: "int",
  mode: { enum: "SessionMode" },
  interpreterLanguage: "text",
  isInterpreterBooked: "bool",
  participants: "text",
  topics: { enumArray: "CounsellingTopic" },
  notes: "text",
  authorId: "text",
  ...stamps,
});

export const RETURN_PLAN_STEP = spec<ReturnPlanStepRow>("ReturnPlanStep", {
  id: "text",
  caseId: "text",
  kind: { enum: "PlanStepKind" },
  status: { enum: "PlanStepStatus" },
  dueOn: "date",
  note: "text",
  ...stamps,
});

export const TASK = spec<TaskRow>("Task", {
  id: "text",
  caseId: "text",
  assigneeId: "text",
  sessionId: "text",
  title: "text",
  dueOn: "date",
  waitingOn: "text",
  status: { enum: "TaskStatus" },
  doneAt: "timestamp",
  ...stamps,
});

export const FOLLOW_UP = spec<FollowUpRow>("FollowUp", {
  id: "text",
  caseId: "text",
  monthsAfterReturn: "int",
  dueOn: "date",
  completedOn: "date",
  economicScore: "int",
  socialScore: "int",
  psychosocialScore: "int",
  notes: "text",
  ...stamps,
});

export const ELIGIBILITY_CHECK = spec<EligibilityCheckRow>("EligibilityCheck", {
  id: "text",
  caseId: "text",
  ruleSetId: "text",
  applicationDate: "date",
  input: "jsonb",
  result: "jsonb",
  outcome: "text",
  totalSek: "int",
  createdById: "text",
  ...stamps,
});

export const REFERRAL = spec<ReferralRow>("Referral", {
  id: "text",
  caseId: "text",
  organisationId: "text",
  type: { enum: "ReferralType" },
  status: { enum: "ReferralStatus" },
  statusSince: "timestamp",
  consentGivenOn: "date",
  consentNote: "text",
  eligibilityCheckId: "text",
  sentOn: "date",
  decidedOn: "date",
  decision: { enum: "ReferralDecision" },
  decisionAmountSek: "int",
  agencyReference: "text",
  note: "text",
  version: "int",
  createdById: "text",
  ...stamps,
});

export const REFERRAL_EVENT = spec<ReferralEventRow>("ReferralEvent", {
  id: "text",
  referralId: "text",
  fromStatus: { enum: "ReferralStatus" },
  toStatus: { enum: "ReferralStatus" },
  occurredOn: "date",
  note: "text",
  byUserId: "text",
  ...stamps,
});
