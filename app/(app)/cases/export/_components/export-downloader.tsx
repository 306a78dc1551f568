"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";

type Progress = { done: number; bytes: number; format: string } | null;

/**
 * The download form. Without JavaScript it is a plain GET to the export route.
 * With it, the file is fetched as a stream and a progress bar counts the rows
 * as they arrive (CSV: line by line; XLSX, which is zipped: the bytes), then
 * saved. The server streams from the database in batches either way.
 */
export function ExportDownloader({ query, rows, protectedRows }: { query: Record<string, string>; rows: number; protectedRows: number }) {
  const t = useTranslations("exports");
  const [confirmed, setConfirmed] = useState(false);
  const [progress, setProgress] = useState<Progress>(null);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  async function download(format: "csv" | "xlsx") {
    if (protectedRows > 0 && !confirmed) {
      setMessage({ tone: "error", text: t("confirmRequired") });
      return;
    }
    setMessage(null);
    const params = new URLSearchParams({ ...query, format, ...(confirmed ? { confirm: "1" } : {}) });
    try {
      const response = await fetch(`/api/exports/cases?${params}`);
      if (!response.ok || !response.body) throw new Error(await response.text());
      const reader = response.body.getReader();
      const chunks: Uint8Array[] = [];
      let lines = 0;
      let bytes = 0;
      setProgress({ done: 0, bytes: 0, format });
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        bytes += value.byteLength;
        if (format === "csv") for (const byte of value) if (byte === 10) lines++;
        // The header line is not a row.
        setProgress({ done: Math.max(0, lines - 1), bytes, format });
      }
      const blob = new Blob(chunks as BlobPart[], { type: response.headers.get("Content-Type") ?? "application/octet-stream" });
      const name = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "")?.[1] ?? `export.${format}`;
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = name;
      link.click();
      URL.revokeObjectURL(link.href);
      setMessage({ tone: "success", text: t("done", { rows }) });
    } catch {
      setMessage({ tone: "error", text: t("failed") });
    } finally {
      setProgress(null);
    }
  }

  return (
    <form
      method="get"
      action="/api/exports/cases"
      className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        void download(submitter?.value === "xlsx" ? "xlsx" : "csv");
      }}
    >
      {Object.entries(query).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {protectedRows > 0 ? (
        <div className="flex flex-col gap-3" data-testid="protected-warning">
          <Alert tone="error">{t("protectedWarning", { count: protectedRows })}</Alert>
          <CheckboxField label={t("protectedConfirm")} name="confirm" value="1" checked={confirmed} onChange={(event) => setConfirmed(event.currentTarget.checked)} />
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="format" value="csv" disabled={progress !== null}>
          {t("download", { format: "CSV" })}
        </Button>
        <Button type="submit" name="format" value="xlsx" variant="secondary" disabled={progress !== null}>
          {t("download", { format: "XLSX" })}
        </Button>
      </div>
      <div aria-live="polite" className="flex flex-col gap-2">
        {progress ? (
          <>
            <label htmlFor="export-progress" className="text-sm font-medium">
              {t("progress")}: {progress.format === "csv" ? t("progressRows", { done: progress.done, total: rows }) : t("progressBytes", { kb: Math.round(progress.bytes / 1024) })}
            </label>
            <progress id="export-progress" className="w-full" max={rows || 1} value={progress.format === "csv" ? progress.done : undefined} />
          </>
        ) : null}
        {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      </div>
    </form>
  );
}
