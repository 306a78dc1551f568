import { getTranslations } from "next-intl/server";
import { authorize } from "@/lib/gate";
import { PageHeader } from "@/components/ui/page-header";
import { SelectField } from "@/components/ui/select-field";
import { Button } from "@/components/ui/button";
import { ChangePasswordForm } from "@/components/forms/change-password-form";
import { TotpEnrolment } from "@/components/forms/totp-enrolment";
import { DisableTwoFactorForm } from "./_components/disable-two-factor-form";
import { enrolmentAction } from "@/app/(auth)/login/two-factor/actions";
import { remainingRecoveryCodes } from "@/lib/data/two-factor";
import { changePasswordAction, setLanguageSettingAction } from "./actions";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("profile");

export default async function ProfilePage() {
  const user = await authorize();
  const t = await getTranslations("profile");
  const tRoles = await getTranslations("roles");
  const tTwoFactor = await getTranslations("twoFactor");
  const recoveryLeft = user.hasTwoFactor ? await remainingRecoveryCodes() : 0;
  return (
    <>
      <PageHeader title={t("title")} description={`${user.name} · ${user.email} · ${tRoles(user.role)}`} />
      <div className="grid gap-8 md:grid-cols-2">
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="mb-3 text-lg font-semibold">{t("language")}</h2>
          <form action={setLanguageSettingAction} className="flex items-end gap-3">
            <SelectField
              id="profile-locale"
              label={t("language")}
              name="locale"
              defaultValue={user.locale}
              options={[
                { value: "sv", label: "Svenska" },
                { value: "en", label: "English" },
              ]}
            />
            <Button type="submit">{t("saveLanguage")}</Button>
          </form>
        </section>
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="mb-3 text-lg font-semibold">{t("password")}</h2>
          <ChangePasswordForm action={changePasswordAction} />
        </section>
        <section className="rounded-lg border border-slate-200 bg-white p-4 md:col-span-2">
          <h2 className="mb-3 text-lg font-semibold">{tTwoFactor("title")}</h2>
          {user.hasTwoFactor ? (
            <div className="flex flex-col gap-3">
              <p className="text-sm">{tTwoFactor("statusOn", { count: recoveryLeft })}</p>
              <DisableTwoFactorForm />
            </div>
          ) : (
            <div className="flex flex-col gap-3">
              <p className="text-sm">{tTwoFactor("statusOff")}</p>
              <TotpEnrolment action={enrolmentAction} continueHref="/profile" />
            </div>
          )}
        </section>
      </div>
    </>
  );
}
