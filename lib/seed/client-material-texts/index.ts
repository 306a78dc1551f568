import type { ClientLanguageCode } from "../../client-material/languages";
import type { LanguageTexts } from "./types";
import { am } from "./am";
import { ar } from "./ar";
import { bs } from "./bs";
import { ckb } from "./ckb";
import { en } from "./en";
import { fa } from "./fa";
import { kmr } from "./kmr";
import { prs } from "./prs";
import { ru } from "./ru";
import { so } from "./so";
import { sv } from "./sv";
import { ti } from "./ti";
import { tr } from "./tr";
import { uk } from "./uk";

export type { LanguageTexts };

/**
 * The texts the office starts with, one file per language. Swedish is the
 * source; the translations were written for this seed without a translator
 * and are seeded as not reviewed, which the adviser sees when choosing one.
 */
export const CLIENT_MATERIAL_TEXTS: Record<ClientLanguageCode, LanguageTexts> = { sv, en, ar, prs, fa, so, ti, bs, ckb, kmr, ru, uk, tr, am };
