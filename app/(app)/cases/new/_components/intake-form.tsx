"use client";

import Link from "next/link";
import { fieldErrorText } from "@/lib/form-state";
import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { FormErrorAlert } from "@/components/ui/form-error-alert";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import type { DuplicateCandidate } from "@/lib/data/case-intake";
import { CaseDetailFields, PersonFields, type CaseFieldOptions } from "../../_components/case-fields";
import { intakeAction, type IntakeState } from "../actions";

const INITIAL: IntakeState = { status: "idle", stage: "search" };
/** Refusals that no ticked box can overrule: the person already has a case. */
const IDENTITY_CONFLICTS = ["identityOnOpenCase", "identityOnClosedCase", "identityOutOfScope"];

export function IntakeForm({ options }: { options: CaseFieldOptions }) {
  const t = useTranslations("cases");
  const tStatus = useTranslations("caseStatus");
  const tWorkflow = useTranslations("workflow");
  const [state, action, isPending] = useActionState(intakeAction, INITIAL);
  const values = state.values ?? {};
  const candidates = state.candidates ?? [];
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  // Keyboard and screen-reader users land where the answer is: the first
  // field in error, or the search result.
  useEffect(() => {
    if (state.status === "error") {
      const invalid = document.querySelector<HTMLElement>("#intake [aria-invalid='true']");
      (invalid ?? errorRef.current)?.focus();
    } else if (state.stage === "details") {
      resultsRef.current?.focus();
    }
  }, [state]);

  const error = fieldErrorText(state, t);

  return (
    <form id="intake" action={action} className="flex flex-col gap-6" noValidate>
      <div aria-live="polite" ref={errorRef} tabIndex={-1}>
        <FormErrorAlert state={state} namespace="cases" />
      </div>

      <section aria-labelledby="intake-search" className="flex flex-col gap-3">
        <h2 id="intake-search" className="text-xl font-semibold">
          {t("searchFirst")}
        </h2>
        <p className="max-w-prose text-sm text-slate-700">{t("searchFirstHint")}</p>
        <PersonFields values={values} error={error} />
        <div>
          <Button type="submit" name="intent" value="search" variant={state.stage === "search" ? "primary" : "secondary"} disabled={isPending}>
            {state.stage === "search" ? t("searchButton") : t("searchAgain")}
          </Button>
        </div>
      </section>

      {state.stage === "details" ? (
        <>
          <section aria-labelledby="intake-results" className="flex flex-col gap-3">
            <h2 id="intake-results" ref={resultsRef} tabIndex={-1} className="text-xl font-semibold">
              {candidates.length ? t("duplicatesFound", { count: candidates.length }) : t("noDuplicates")}
            </h2>
            {candidates.length ? (
              <>
                <Alert tone="error">{t("duplicatesWarning")}</Alert>
                <ul className="flex flex-col gap-2">
                  {candidates.map((candidate) => (
                    <li key={candidate.caseId} className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm">
                      <CandidateSummary candidate={candidate} statusLabel={candidate.isInScope ? tStatus(candidate.status) : ""} />
                    </li>
                  ))}
                </ul>
                <input type="hidden" name="candidateIds" value={candidates.map((candidate) => candidate.caseId).join(",")} />
              </>
            ) : null}
          </section>

          <section aria-labelledby="intake-details" className="flex flex-col gap-4">
            <h2 id="intake-details" className="text-xl font-semibold">
              {t("details")}
            </h2>
            <CaseDetailFields values={values} error={error} options={options} />
            {candidates.length && !IDENTITY_CONFLICTS.includes(state.formError ?? "") ? <CheckboxField label={t("confirmDistinct")} name="confirmDistinct" error={error("confirmDistinct")} /> : null}
            {/* Registered for the team: the case waits in the intake queue until a manager assigns it (docs/decisions/023). */}
            <CheckboxField label={tWorkflow("intakeToQueue")} name="toQueue" defaultChecked={values.toQueue === "on"} />
            <div>
              <Button type="submit" name="intent" value="create" disabled={isPending}>
                {t("createCase")}
              </Button>
            </div>
          </section>
        </>
      ) : null}
    </form>
  );
}

function CandidateSummary({ candidate, statusLabel }: { candidate: DuplicateCandidate; statusLabel: string }) {
  const t = useTranslations("cases");
  const tWorkflow = useTranslations("workflow");
  const tProtected = useTranslations("protectedIdentity");
  if (!candidate.isInScope) return <p>{candidate.isProtected ? tProtected("duplicateProtected") : t("outOfScopeOnly", { team: candidate.teamName })}</p>;
  const match = candidate.matchKind === "identityNumber" ? t("matchIdentityNumber") : t("matchNameAndBirthDate");
  const member = candidate.matchedPerson === "MEMBER" ? ` (${t("matchedMember")})` : "";
  return (
    <p>
      <Link href={`/cases/${candidate.caseId}`} className="font-semibold text-brand-700 underline">
        {candidate.caseNumber}
      </Link>{" "}
      · {candidate.firstName} {candidate.lastName}, {candidate.birthDate} · {statusLabel} · {match}
      {member}
      <span className="block">{candidate.adviserName ? t("candidateAdviser", { name: candidate.adviserName, team: candidate.teamName }) : tWorkflow("inTeamQueue", { team: candidate.teamName })}</span>
    </p>
  );
}
