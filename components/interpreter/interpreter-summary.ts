import { languageName } from "@/lib/languages";

type Translate = (key: string, values?: Record<string, string | number>) => string;

export type InterpreterFields = {
  interpreterLanguage: string | null;
  isInterpreterBooked: boolean;
  interpreterDialect: string | null;
  interpreterAgency: string | null;
  interpreterMode: string | null;
  interpreterIdNumber: string | null;
};

/**
 * "Interpreter: Arabic (Iraqi), phone, booked, through Tolkförmedling Väst, ID KK-20417",
 * from the "clientMaterial" messages; null when the session had none. The ID
 * number identifies the interpreter; the name is never recorded.
 */
export function interpreterSummary(session: InterpreterFields, t: Translate, locale: string): string | null {
  if (!session.interpreterLanguage) return null;
  const language = languageName(session.interpreterLanguage, locale);
  const details = [
    session.interpreterDialect ? `${language} (${session.interpreterDialect})` : language,
    session.interpreterMode ? t(`interpreterModes.${session.interpreterMode}`).toLowerCase() : null,
    session.isInterpreterBooked ? t("interpreter.booked") : null,
    session.interpreterAgency ? t("interpreter.via", { agency: session.interpreterAgency }) : null,
    session.interpreterIdNumber ? t("interpreter.id", { number: session.interpreterIdNumber }) : null,
  ].filter(Boolean);
  return t("interpreter.summary", { details: details.join(", ") });
}
