import "server-only";
import { z } from "zod";
import { getDb, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, auditActor } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { DEFAULT_RESPONSE_DAYS, MAX_RESPONSE_DAYS, MIN_RESPONSE_DAYS } from "@/lib/referrals/overdue";
import type { ReferralSettingsForm, RetentionSettingsForm, StatisticsSettingsForm } from "@/lib/schemas/settings";
import { DEFAULT_SUPPRESSION_THRESHOLD, MAX_SUPPRESSION_THRESHOLD, MIN_SUPPRESSION_THRESHOLD } from "@/lib/statistics/suppression";
import { DEFAULT_RETENTION_RULES, type RetentionRules } from "@/lib/retention/rules";
import { AUDIT_YEARS_RANGE, DEFAULT_AUDIT_YEARS, REMOVE_AFTER_YEARS_RANGE } from "@/lib/retention/limits";

// Office-wide settings, one row per key in Setting with a JSON value. Each key
// has its schema and default here; a stored value that no longer fits (edited
// by hand, or from an older release) reads as the default instead of breaking
// the pages that depend on it. Retention (gallring, lib/retention/rules.ts):
// the years after the last entry's year, the research sample's birth days,
// and the audit log's own period.

/** Emergency openings a day per adviser unless the office sets otherwise (issue 12 M1). */
export const DEFAULT_EMERGENCY_ACCESS_PER_DAY = 3;

const SETTINGS = {
  "referral.responseDays": { schema: z.number().int().min(MIN_RESPONSE_DAYS).max(MAX_RESPONSE_DAYS), fallback: DEFAULT_RESPONSE_DAYS },
  "emergencyAccess.perDay": { schema: z.number().int().min(0).max(50), fallback: DEFAULT_EMERGENCY_ACCESS_PER_DAY },
  "statistics.suppressionThreshold": {
    schema: z.number().int().min(MIN_SUPPRESSION_THRESHOLD).max(MAX_SUPPRESSION_THRESHOLD),
    fallback: DEFAULT_SUPPRESSION_THRESHOLD,
  },
  "retention.removeAfterYears": {
    schema: z.number().int().min(REMOVE_AFTER_YEARS_RANGE.min).max(REMOVE_AFTER_YEARS_RANGE.max),
    fallback: DEFAULT_RETENTION_RULES.removeAfterYears,
  },
  "retention.researchSampleDays": {
    schema: z.array(z.number().int().min(1).max(31)).max(31),
    fallback: DEFAULT_RETENTION_RULES.researchSampleDays,
  },
  "retention.auditYears": { schema: z.number().int().min(AUDIT_YEARS_RANGE.min).max(AUDIT_YEARS_RANGE.max), fallback: DEFAULT_AUDIT_YEARS },
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

/** For the retention job and data functions that have already authorized their caller: the rules in force. */
export async function retentionRules(db: SettingReader = getDb()): Promise<RetentionRules> {
  const [years, days] = await Promise.all([readSetting(db, "retention.removeAfterYears"), readSetting(db, "retention.researchSampleDays")]);
  return { removeAfterYears: years.value, researchSampleDays: [...days.value] };
}

/** For the retention job: how many years the audit log is kept. */
export async function auditRetentionYears(db: SettingReader = getDb()): Promise<number> {
  return (await readSetting(db, "retention.auditYears")).value;
}

export type RetentionSettings = RetentionRules & { auditYears: number; isSet: boolean };

export async function getRetentionSettings(): Promise<RetentionSettings> {
  await authorize("settings.manage");
  const db = getDb();
  const [rules, audit, years] = await Promise.all([retentionRules(db), readSetting(db, "retention.auditYears"), readSetting(db, "retention.removeAfterYears")]);
  return { ...rules, auditYears: audit.value, isSet: audit.isSet || years.isSet };
}

/** Saves the retention settings, each key that changed with its own audit event, in one transaction. */
export async function updateRetentionSettings(input: RetentionSettingsForm): Promise<{ ok: true; changed: boolean }> {
  const user = await authorize("settings.manage");
  const values = {
    "retention.removeAfterYears": SETTINGS["retention.removeAfterYears"].schema.parse(input.removeAfterYears),
    "retention.researchSampleDays": SETTINGS["retention.researchSampleDays"].schema.parse(input.researchSampleDays),
    "retention.auditYears": SETTINGS["retention.auditYears"].schema.parse(input.auditYears),
  } as const;
  return getDb().$transaction(async (tx) => {
    let changed = false;
    for (const [key, value] of Object.entries(values) as [keyof typeof values, unknown][]) {
      const before = await readSetting(tx, key);
      if (before.isSet && JSON.stringify(before.value) === JSON.stringify(value)) continue;
      await tx.setting.upsert({ where: { key }, create: { key, value: value as Prisma.InputJsonValue }, update: { value: value as Prisma.InputJsonValue } });
      await recordAudit(tx, auditActor(user), {
        action: "settings.update",
        resourceType: "Setting",
        resourceId: key,
        changes: { value: [before.isSet ? before.value : null, value] },
      });
      changed = true;
    }
    return { ok: true, changed } as const;
  });
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
