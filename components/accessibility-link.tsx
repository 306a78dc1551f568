import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The link to the accessibility statement: at the foot of every signed-in page and of the sign-in page. */
export async function AccessibilityLink() {
  const t = await getTranslations("app");
  return (
    <Link href="/accessibility" className="text-brand-700 underline">
      {t("accessibilityStatement")}
    </Link>
  );
}
