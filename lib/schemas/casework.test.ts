import { describe, expect, it } from "vitest";
import { addDays, isRealIsoDate, officeDateAndTime, officeInstant } from "@/lib/dates";
import { CounsellingSessionEditFormSchema, CounsellingSessionFormSchema, readCounsellingSessionForm } from "./counselling-session";
import { PlanStepFormSchema } from "./plan-step";
import { TaskFormSchema } from "./task";
import { FollowUpFormSchema } from "./follow-up";
import { officeToday } from "@/lib/dates";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

const today = officeToday();

const VALID_SESSION: [string, string][] = [
  ["date", today],
  ["time", "10:30"],
  ["durationMinutes", "60"],
  ["mode", "IN_PERSON"],
  ["interpreterLanguage", "ar"],
  ["isInterpreterBooked", "on"],
  ["participants", "Klienten, tolk"],
  ["topics", "GRANT"],
  ["topics", "TRAVEL"],
  ["notes", "Gick igenom ansökan.\r\nNästa gång: pass."],
  ["nextStepTitle", "Begär kopia av pass"],
  ["nextStepDueOn", addDays(today, 7)],
  ["nextStepTitle", ""],
  ["nextStepDueOn", ""],
  ["nextStepTitle", "Boka tolk"],
  ["nextStepDueOn", ""],
];

function errorsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  // The first message of each field, as the forms show it.
  const errors: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) errors[issue.path.map(String).join(".")] ??= issue.message;
  return errors;
}

describe("office time", () => {
  it("reads a Stockholm wall-clock time in winter and summer", () => {
    expect(officeInstant("2026-01-15", "10:30")?.toISOString()).toBe("2026-01-15T09:30:00.000Z");
    expect(officeInstant("2026-07-01", "10:30")?.toISOString()).toBe("2026-07-01T08:30:00.000Z");
  });

  it("refuses the hour skipped when summer time starts", () => {
    expect(officeInstant("2026-03-29", "02:30")).toBeNull();
    expect(officeInstant("2026-03-29", "03:00")?.toISOString()).toBe("2026-03-29T01:00:00.000Z");
  });

  it("gives back the day and time for a form", () => {
    expect(officeDateAndTime(new Date("2026-01-15T09:30:00Z"))).toEqual({ date: "2026-01-15", time: "10:30" });
    expect(officeDateAndTime(new Date("2025-12-31T23:30:00Z"))).toEqual({ date: "2026-01-01", time: "00:30" });
  });

  it("knows real calendar days", () => {
    expect(isRealIsoDate("2026-02-28")).toBe(true);
    expect(isRealIsoDate("2026-02-30")).toBe(false);
    expect(isRealIsoDate("2028-02-29")).toBe(true);
    expect(isRealIsoDate("2026-13-01")).toBe(false);
    expect(isRealIsoDate("26-02-01")).toBe(false);
  });
});

describe("CounsellingSessionFormSchema", () => {
  it("takes a time as advisers type it and a date typed the Swedish way (issue 15)", () => {
    const [year, month, day] = today.split("-");
    for (const [typed, clock] of [["9", "09:00"], ["930", "09:30"], ["9.30", "09:30"], ["09:30", "09:30"]] as const) {
      const entries = VALID_SESSION.map(([key, value]): [string, string] => [key, key === "time" ? typed : key === "date" ? `${Number(day)}/${Number(month)}` : value]);
      const result = CounsellingSessionFormSchema.safeParse(readCounsellingSessionForm(form(entries)).input);
      expect(result.success, `${typed}: ${JSON.stringify(errorsOf(result))}`).toBe(true);
      expect(result.data?.startsAt).toEqual(officeInstant(`${year}-${month}-${day}`, clock));
    }
    const late = VALID_SESSION.map(([key, value]): [string, string] => [key, key === "time" ? "25" : value]);
    expect(errorsOf(CounsellingSessionFormSchema.safeParse(readCounsellingSessionForm(form(late)).input))).toMatchObject({ time: "timeFormat" });
  });

  it("reads a full form, with next steps from the rows that are filled in", () => {
    const { input } = readCounsellingSessionForm(form(VALID_SESSION));
    const result = CounsellingSessionFormSchema.safeParse(input);
    expect(result.success, JSON.stringify(errorsOf(result))).toBe(true);
    expect(result.data).toMatchObject({
      durationMinutes: 60,
      mode: "IN_PERSON",
      interpreterLanguage: "ar",
      isInterpreterBooked: true,
      topics: ["GRANT", "TRAVEL"],
      notes: "Gick igenom ansökan.\nNästa gång: pass.",
      nextSteps: [
        { title: "Begär kopia av pass", dueOn: addDays(today, 7) },
        { title: "Boka tolk", dueOn: null },
      ],
    });
    expect(result.data?.startsAt).toEqual(officeInstant(today, "10:30"));
  });

  it("echoes what was typed, repeated fields included", () => {
    const { values } = readCounsellingSessionForm(form(VALID_SESSION));
    expect(values.topics).toBe("GRANT,TRAVEL");
    expect(values["nextSteps.2.title"]).toBe("Boka tolk");
  });

  it("explains each bad field of an empty form", () => {
    const { input } = readCounsellingSessionForm(form([]));
    const errors = errorsOf(CounsellingSessionFormSchema.safeParse(input));
    expect(errors).toMatchObject({
      date: "dateRequired",
      time: "timeRequired",
      durationMinutes: "durationRequired",
      mode: "modeRequired",
      topics: "topicsRequired",
    });
  });

  it("refuses impossible dates and times, and lengths out of range", () => {
    const bad = VALID_SESSION.map(([key, value]): [string, string] =>
      key === "date" ? [key, "2026-02-30"] : key === "time" ? [key, "25:00"] : key === "durationMinutes" ? [key, "601"] : [key, value],
    );
    const errors = errorsOf(CounsellingSessionFormSchema.safeParse(readCounsellingSessionForm(form(bad)).input));
    expect(errors).toMatchObject({ date: "dateNotReal", time: "timeFormat", durationMinutes: "durationRange" });
    const short = VALID_SESSION.map(([key, value]): [string, string] => (key === "durationMinutes" ? [key, "4"] : [key, value]));
    expect(errorsOf(CounsellingSessionFormSchema.safeParse(readCounsellingSessionForm(form(short)).input))).toMatchObject({ durationMinutes: "durationRange" });
    const words = VALID_SESSION.map(([key, value]): [string, string] => (key === "durationMinutes" ? [key, "en timme"] : [key, value]));
    expect(errorsOf(CounsellingSessionFormSchema.safeParse(readCounsellingSessionForm(form(words)).input))).toMatchObject({ durationMinutes: "durationNumber" });
  });

  it("refuses too long texts and unknown topics", () => {
    const long = VALID_SESSION.map(([key, value]): [string, string] =>
      key === "notes" ? [key, "x".repeat(10_001)] : key === "participants" ? [key, "p".repeat(501)] : key === "topics" ? [key, "<script>"] : [key, value],
    );
    const errors = errorsOf(CounsellingSessionFormSchema.safeParse(readCounsellingSessionForm(form(long)).input));
    expect(errors).toMatchObject({ notes: "notesTooLong", participants: "participantsTooLong", "topics.0": "topicInvalid" });
  });

  it("ties next-step errors to the row they were typed in", () => {
    const entries: [string, string][] = [
      ...VALID_SESSION.filter(([key]) => !key.startsWith("nextStep")),
      ["nextStepTitle", ""],
      ["nextStepDueOn", ""],
      ["nextStepTitle", ""],
      ["nextStepDueOn", "2026-02-30"],
      ["nextStepTitle", "t".repeat(201)],
      ["nextStepDueOn", ""],
    ];
    const errors = errorsOf(CounsellingSessionFormSchema.safeParse(readCounsellingSessionForm(form(entries)).input));
    expect(errors).toEqual({ "nextSteps.1.title": "nextStepTitleRequired", "nextSteps.1.dueOn": "dateNotReal", "nextSteps.2.title": "taskTitleTooLong" });
  });

  it("needs a language when an interpreter is booked, and forgets the booking without one", () => {
    const booked = VALID_SESSION.map(([key, value]): [string, string] => (key === "interpreterLanguage" ? [key, ""] : [key, value]));
    expect(errorsOf(CounsellingSessionFormSchema.safeParse(readCounsellingSessionForm(form(booked)).input))).toEqual({
      interpreterLanguage: "interpreterLanguageRequired",
    });
    const unknown = VALID_SESSION.map(([key, value]): [string, string] => (key === "interpreterLanguage" ? [key, "klingon"] : [key, value]));
    expect(errorsOf(CounsellingSessionFormSchema.safeParse(readCounsellingSessionForm(form(unknown)).input))).toEqual({ interpreterLanguage: "languageInvalid" });
  });

  it("refuses the hour that does not exist on the night summer time starts", () => {
    const entries = VALID_SESSION.map(([key, value]): [string, string] => (key === "date" ? [key, "2026-03-29"] : key === "time" ? [key, "02:15"] : [key, value]));
    const result = CounsellingSessionFormSchema.safeParse(readCounsellingSessionForm(form(entries)).input);
    // 2026-03-29 may be out of the window on the day the test runs; the time error is what matters.
    expect(errorsOf(result).time ?? errorsOf(result).date).toBeDefined();
  });

  it("keeps a script tag as the text it is", () => {
    const entries = VALID_SESSION.map(([key, value]): [string, string] => (key === "notes" ? [key, "<script>alert(1)</script>"] : [key, value]));
    const result = CounsellingSessionFormSchema.safeParse(readCounsellingSessionForm(form(entries)).input);
    expect(result.data?.notes).toBe("<script>alert(1)</script>");
  });

  it("needs the saved time on an edit", () => {
    const { input } = readCounsellingSessionForm(form(VALID_SESSION));
    expect(errorsOf(CounsellingSessionEditFormSchema.safeParse(input))).toEqual({ savedAt: "staleForm" });
    const at = new Date().toISOString();
    expect(CounsellingSessionEditFormSchema.safeParse({ ...input, savedAt: at }).data?.savedAt.toISOString()).toBe(at);
  });
});

describe("the other casework forms", () => {
  const savedAt = new Date().toISOString();

  it("plan step: a status, an optional real due date, a note", () => {
    expect(PlanStepFormSchema.safeParse({ status: "DONE", dueOn: "", note: "", savedAt }).data).toMatchObject({ status: "DONE", dueOn: null });
    expect(errorsOf(PlanStepFormSchema.safeParse({ status: "FINISHED", dueOn: "2026-02-30", note: "n".repeat(2001), savedAt }))).toEqual({
      status: "planStatusRequired",
      dueOn: "dateNotReal",
      note: "planNoteTooLong",
    });
  });

  it("task: a title of at most 200 characters", () => {
    expect(TaskFormSchema.safeParse({ title: "  Ring Migrationsverket  ", dueOn: today, waitingOn: "" }).data).toEqual({
      title: "Ring Migrationsverket",
      dueOn: today,
      waitingOn: null,
    });
    expect(errorsOf(TaskFormSchema.safeParse({ title: "", dueOn: "nästa vecka" }))).toEqual({ title: "taskTitleRequired", dueOn: "dateFormat" });
    expect(errorsOf(TaskFormSchema.safeParse({ title: "", dueOn: "31/2" }))).toEqual({ title: "taskTitleRequired", dueOn: "dateNotReal" });
    expect(errorsOf(TaskFormSchema.safeParse({ title: "t".repeat(201) }))).toEqual({ title: "taskTitleTooLong" });
  });

  it("follow-up: a completion date not in the future and three scores from 1 to 5", () => {
    expect(
      FollowUpFormSchema.safeParse({ completedOn: today, economicScore: "3", socialScore: "4", psychosocialScore: "2", notes: "", savedAt }).data,
    ).toMatchObject({ economicScore: 3, socialScore: 4, psychosocialScore: 2 });
    expect(errorsOf(FollowUpFormSchema.safeParse({ completedOn: addDays(today, 1), economicScore: "6", socialScore: "", savedAt }))).toEqual({
      completedOn: "dateInFuture",
      economicScore: "scoreRange",
      socialScore: "scoreRequired",
      psychosocialScore: "scoreRequired",
    });
  });
});
