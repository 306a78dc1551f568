import "server-only";
import { z } from "zod";
import { getDb, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, auditActor } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { DEFAULT_RESPONSE_DAYS, MAX_RESPONSE_DAYS, MIN_RESPONSE_DAYS } from "@/lib/referrals/overdue";
import type { ReferralSettingsForm, StatisticsSettingsForm } from "@/lib/schemas/settings";
import { DEFAULT_SUPPRESSION_THRESHOLD, MAX_SUPPRESSION_THRESHOLD, MIN_SUPPRESSION_THRESHOLD } from "@/lib/statistics/suppression";

// Office-wide settings, one row per key in Setting with a JSON value. Each key
// has its schema and default here; a stored value that no longer fits (edited
// by hand, or from an older release) reads as the default instead of breaking
// the pages that depend on it. Retention settings join this table later.

/** Emergency openings a day per adviser unless the office sets otherwise (issue 12 M1). */
export const DEFAULT_EMERGENCY_ACCESS_PER_DAY = 3;

const SETTINGS = {
  "referral.responseDays": { schema: z.number().int().min(MIN_RESPONSE_DAYS).max(MAX_RESPONSE_DAYS), fallback: DEFAULT_RESPONSE_DAYS },
  "emergencyAccess.perDay": { schema: z.number().int().min(0).max(50), fallback: DEFAULT_EMERGENCY_ACCESS_PER_DAY },
  "statistics.suppressionThreshold": {
    schema: z.number().int().min(MIN_SUPPRESSION_THRESHOLD).max(MAX_SUPPRESSION_THRESHOLD),
    fallback: DEFAULT_SUPPRESSION_THRESHOLD,
  },
} as const;

type SettingKey = keyof typeof SETTINGS;
type SettingValue<K extends SettingKey> = z.output<(typeof SETTINGS)[K]["schema"]>;

type SettingReader = Pick<Db, "setting">;

async function readSetting<K extends SettingKey>(db: SettingReader, key: K): Promise<{ value: SettingValue<K>; isSet: boolean; updatedAt: Date | null }> {
  const row = await db.setting.findUnique({ where: { key }, select: { value: true, updatedAt: true } });
  const parsed = SETTINGS[key].schema.safeParse(row?.value);
  return parsed.success
    ? { value: parsed.data as SettingValue<K>, isSet: true, updatedAt: row!.updatedAt }
    : { value: SETTINGS[key].fallback as SettingValue<K>, isSet: false, updatedAt: row?.updatedAt ?? null };
}

/**
 * For data functions that have already authorized their caller: how many days
 * a receiver has to respond before a sent referral counts as overdue.
 */
export async function referralResponseDays(db: SettingReader = getDb()): Promise<number> {
  return (await readSetting(db, "referral.responseDays")).value;
}

/** For data functions that have already authorized their caller: the daily cap on emergency openings per adviser. */
export async function emergencyAccessPerDay(db: SettingReader = getDb()): Promise<number> {
  return (await readSetting(db, "emergencyAccess.perDay")).value;
}

/** For data functions that have already authorized their caller: counts from 1 to this −1 are shown as a range in statistics. */
export async function suppressionThreshold(db: SettingReader = getDb()): Promise<number> {
  return (await readSetting(db, "statistics.suppressionThreshold")).value;
}

export type OfficeSettings = {
  responseDays: number;
  isResponseDaysSet: boolean;
  defaultResponseDays: number;
  updatedAt: Date | null;
  suppressionThreshold: number;
  defaultSuppressionThreshold: number;
};

export async function getOfficeSettings(): Promise<OfficeSettings> {
  await authorize("settings.manage");
  const [responseDays, threshold] = await Promise.all([readSetting(getDb(), "referral.responseDays"), readSetting(getDb(), "statistics.suppressionThreshold")]);
  return {
    responseDays: responseDays.value,
    isResponseDaysSet: responseDays.isSet,
    defaultResponseDays: DEFAULT_RESPONSE_DAYS,
    updatedAt: responseDays.updatedAt,
    suppressionThreshold: threshold.value,
    defaultSuppressionThreshold: DEFAULT_SUPPRESSION_THRESHOLD,
  };
}

/** Saves the referral settings; the change and its audit event commit together. */
export async function updateReferralSettings(input: ReferralSettingsForm): Promise<{ ok: true; changed: boolean }> {
  const user = await authorize("settings.manage");
  return saveSetting(auditActor(user), "referral.responseDays", input.responseDays);
}

/** Saves the statistics settings (the suppression threshold); the change and its audit event commit together. */
export async function updateStatisticsSettings(input: StatisticsSettingsForm): Promise<{ ok: true; changed: boolean }> {
  const user = await authorize("settings.manage");
  return saveSetting(auditActor(user), "statistics.suppressionThreshold", input.suppressionThreshold);
}

async function saveSetting<K extends SettingKey>(actor: ReturnType<typeof auditActor>, key: K, input: unknown): Promise<{ ok: true; changed: boolean }> {
  const value = SETTINGS[key].schema.parse(input);
  return getDb().$transaction(async (tx) => {
    const before = await readSetting(tx, key);
    if (before.isSet && before.value === value) return { ok: true, changed: false } as const;
    await tx.setting.upsert({
      where: { key },
      create: { key, value: value as Prisma.InputJsonValue },
      update: { value: value as Prisma.InputJsonValue },
    });
    await recordAudit(tx, actor, {
      action: "settings.update",
      resourceType: "Setting",
      resourceId: key,
      changes: { value: [before.isSet ? before.value : null, value] },
    });
    return { ok: true, changed: true } as const;
  });
}
