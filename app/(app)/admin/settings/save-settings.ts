import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { formAction } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";

/**
 * How every form on the settings page saves: its schema, the data layer's
 * write (settings are never refused, only checked by the schema), the page
 * refreshed with any other page the setting shapes, and the form kept
 * showing what was saved. The gate stays the first line of each action.
 */
export function saveSettings<S extends z.ZodType>(formData: FormData, schema: S, write: (form: z.output<S>) => Promise<{ ok: true }>, ...alsoPaths: string[]): Promise<FormState> {
  return formAction(formData, schema, {
    write,
    revalidate: () => {
      revalidatePath("/admin/settings");
      for (const path of alsoPaths) revalidatePath(path);
    },
    success: (_result, values) => ({ status: "success", values }),
  });
}
