import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { PageHeader } from "@/components/ui/page-header";
import { authorize } from "@/lib/gate";
import { listArticlesBySlug } from "@/lib/data/guidance";
import { officeToday } from "@/lib/dates";
import { answersFrom, queryFor, resolveWizard, type WizardOutcome, type WizardState } from "@/lib/guidance/wizard";
import { can } from "@/lib/permissions";
import { currentLanguage, titleIn, type Language } from "../_components/localized";
import { pageTitle } from "@/i18n/page-title";
import { Section } from "@/components/ui/section";

export const generateMetadata = pageTitle("guidanceWizard");

type SearchParams = Record<string, string | string[] | undefined>;

const wizardHref = (query: string) => (query ? `/guidance/wizard?${query}` : "/guidance/wizard");

/**
 * "Var ska personen vända sig?": one question per page, each a GET form that
 * carries the answers so far in the URL. Works without JavaScript; nothing is
 * stored and nothing identifies the person.
 */
export default async function WizardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await authorize("guidance.read");
  const params = await searchParams;
  const asked = typeof params.step === "string" ? params.step : undefined;
  const state = resolveWizard(answersFrom(params), officeToday(), asked);
  const language = await currentLanguage();
  const t = await getTranslations("guidanceWizard");

  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <div className="flex max-w-3xl flex-col gap-6">
        {state.current.kind === "question" ? (
          <QuestionStep state={state} language={language} />
        ) : (
          <OutcomeStep outcome={state.current.outcome} language={language} canCalculate={can(user.role, "eligibility.calculate")} />
        )}
        <Answers state={state} language={language} />
        <p className="text-xs text-slate-700">{t("privacy")}</p>
      </div>
    </>
  );
}

async function QuestionStep({ state, language }: { state: WizardState; language: Language }) {
  if (state.current.kind !== "question") return null;
  const { question, error } = state.current;
  const t = await getTranslations("guidanceWizard");
  return (
    <form method="get" action="/guidance/wizard" className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      {error ? <Alert tone="error">{t("chooseAnswer")}</Alert> : null}
      <p className="text-sm text-slate-700">{t("step", { number: state.path.length + 1 })}</p>
      {state.path.map((step) => (
        <input key={step.question.id} type="hidden" name={step.question.id} value={step.answer.value} />
      ))}
      <ChoiceGroup
        key={question.id}
        legend={question.text[language]}
        hint={question.hint?.[language]}
        name={question.id}
        type="radio"
        idPrefix="wizard"
        options={question.options.map((option) => ({ value: option.value, label: option.label[language], description: option.hint?.[language] }))}
        error={error ? t("chooseAnswer") : undefined}
        className="[&>legend]:text-lg [&>legend]:font-semibold"
      />
      {/* Names the question answered, so a form sent without a choice is told so. */}
      <input type="hidden" name="step" value={question.id} />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClasses("primary")}>
          {t("next")}
        </button>
        {state.path.length ? (
          <Link href={wizardHref(queryFor(state.path, state.path.length - 1))} className="text-sm text-brand-700 underline">
            {t("back")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}

async function OutcomeStep({ outcome, language, canCalculate }: { outcome: WizardOutcome; language: Language; canCalculate: boolean }) {
  const t = await getTranslations("guidanceWizard");
  const articles = await listArticlesBySlug(outcome.articleSlugs);
  return (
    <section aria-labelledby="outcome-heading" className="flex flex-col gap-6 rounded-lg border border-brand-100 bg-white p-4">
      <div>
        <p className="text-sm font-medium text-slate-700">{t("resultLabel")}</p>
        <h2 id="outcome-heading" className="text-xl font-semibold">
          {outcome.title[language]}
        </h2>
      </div>

      <OutcomeSection id="refer-heading" title={t("referTo")}>
        <ul className="flex flex-col gap-3">
          {outcome.referTo.map((referral) => (
            <li key={referral.organisation.sv} className="rounded-md border border-slate-200 p-3">
              <p className="font-semibold">{referral.organisation[language]}</p>
              <p className="text-sm text-slate-800">{referral.route[language]}</p>
              {referral.url ? (
                <a href={referral.url} className="text-sm text-brand-700 underline" rel="noopener noreferrer">
                  {referral.url.replace(/^https:\/\//, "")}
                </a>
              ) : null}
            </li>
          ))}
        </ul>
      </OutcomeSection>

      <OutcomeSection id="say-heading" title={t("whatToSay")}>
        <ul className="list-disc space-y-1 pl-6">
          {outcome.say.map((text, index) => (
            <li key={index}>{text[language]}</li>
          ))}
        </ul>
      </OutcomeSection>

      {outcome.notes.length ? (
        <OutcomeSection id="notes-heading" title={t("goodToKnow")}>
          <ul className="flex flex-col gap-2">
            {outcome.notes.map((note) => (
              <li key={note.code} className="text-sm">
                <p>{note.text[language]}</p>
                <p className="text-xs text-slate-700">
                  {t("source")}: {note.citation}
                </p>
              </li>
            ))}
          </ul>
        </OutcomeSection>
      ) : null}

      {outcome.eligibility ? <p className="text-xs text-slate-700">{t("rulesUsed", { rules: outcome.eligibility.ruleSetTitle[language] })}</p> : null}

      {articles.length ? (
        <OutcomeSection id="articles-heading" title={t("readMore")}>
          <ul className="list-disc space-y-1 pl-6">
            {articles.map((article) => (
              <li key={article.slug}>
                <Link href={`/guidance/${article.slug}`} className="text-brand-700 underline">
                  {titleIn(article, language)}
                </Link>
              </li>
            ))}
          </ul>
        </OutcomeSection>
      ) : null}

      <div className="flex flex-wrap items-center gap-4">
        <Link href="/guidance/wizard" className={buttonClasses("secondary")}>
          {t("startAgain")}
        </Link>
        {canCalculate && outcome.offersCalculator ? (
          <Link href="/calculator" className="text-sm text-brand-700 underline">
            {t("calculatorLink")}
          </Link>
        ) : null}
      </div>
    </section>
  );
}

/** One part of an outcome, named by its heading. */
function OutcomeSection({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Section id={id} title={title} level={3} headingClassName="mb-2">
      {children}
    </Section>
  );
}

async function Answers({ state, language }: { state: WizardState; language: Language }) {
  if (state.path.length === 0) return null;
  const t = await getTranslations("guidanceWizard");
  return (
    <section aria-labelledby="answers-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="answers-heading" className="mb-2 text-base font-semibold">
        {t("yourAnswers")}
      </h2>
      <dl className="flex flex-col gap-2 text-sm">
        {state.path.map((step, index) => (
          <div key={step.question.id} className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-100 pb-2 last:border-0">
            <dt className="text-slate-800">{step.question.text[language]}</dt>
            <dd className="flex items-baseline gap-3">
              <span className="font-medium">{step.answer.label[language]}</span>
              <Link href={wizardHref(queryFor(state.path, index))} className="text-brand-700 underline">
                {t("change")} <span className="sr-only">{t("changeWhich", { question: step.question.text[language] })}</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
