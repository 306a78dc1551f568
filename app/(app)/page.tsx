import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth";

export default async function HomePage() {
  const user = await requireUser();
  const t = await getTranslations("home");
  const tRoles = await getTranslations("roles");
  return (
    <section className="flex flex-col gap-3">
      <h1 className="text-2xl font-semibold">{t("title", { name: user.name })}</h1>
      <p className="text-slate-700">{t("role", { role: tRoles(user.role) })}</p>
      <p className="max-w-prose text-slate-700">{t("intro")}</p>
    </section>
  );
}
