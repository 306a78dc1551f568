import { ClientMaterialKind, ConsentAnswer, ConsentRecipient, InterpreterMode } from "@/lib/generated/prisma/enums";
import { enumValues } from "./enum-values";

// The texts given to the person, the answers on the consent form, and how an
// interpreter took part in a session.
// Labels: "clientMaterial.kinds.<KIND>", "clientMaterial.answers.<ANSWER>",
// "clientMaterial.recipients.<RECIPIENT>", "clientMaterial.interpreterModes.<MODE>"
// (client-material.json).
export const CLIENT_MATERIAL_KINDS = enumValues(ClientMaterialKind);
export const CONSENT_ANSWERS = enumValues(ConsentAnswer);
export const CONSENT_RECIPIENTS = enumValues(ConsentRecipient);
export const INTERPRETER_MODES = enumValues(InterpreterMode);
export type { ClientMaterialKind, ConsentAnswer, ConsentRecipient, InterpreterMode };
