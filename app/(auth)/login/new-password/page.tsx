import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth";
import { ChangePasswordForm } from "@/components/forms/change-password-form";
import { changeInitialPasswordAction } from "@/app/(app)/profile/actions";

export async function generateMetadata() {
  const t = await getTranslations("profile");
  return { title: t("newPasswordTitle") };
}

export default async function NewPasswordPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (!user.mustChangePassword) redirect("/");
  const t = await getTranslations("profile");
  return (
    <main id="main" className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="mb-2 text-2xl font-semibold">{t("newPasswordTitle")}</h1>
        <p className="mb-6 text-sm text-slate-700">{t("newPasswordIntro")}</p>
        <ChangePasswordForm action={changeInitialPasswordAction} />
      </div>
    </main>
  );
}
