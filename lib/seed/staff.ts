// The office: teams, user accounts and the organisations cases are referred
// to (real bodies; see ./catalog.ts).
import type { Role } from "../generated/prisma/enums";
import { ORGANISATIONS } from "./catalog";
import type { BuildContext } from "./context";
import { stockholmTime } from "./days";
import { asciiSlug } from "./people";
import type { OrganisationIds, OrganisationRow, TeamRow, UserRow } from "./rows";

export function buildTeam(ctx: BuildContext, overrides: Partial<TeamRow> = {}): TeamRow {
  const { newId, today } = ctx;
  const id = overrides.id ?? newId();
  const at = stockholmTime(today - 900, 9);
  return { id, name: `Rådgivning ${++ctx.teamCount} (${id.slice(-6)})`, shareCasesWithinTeam: true, createdAt: at, updatedAt: at, ...overrides };
}

export function buildUser(ctx: BuildContext, overrides: Partial<UserRow> & { role: Role }): UserRow {
  const { rng, newId, today } = ctx;
  const id = overrides.id ?? newId();
  const first = rng.pick(["Anna", "Erik", "Sara", "Johan", "Maria", "Karl", "Elin", "Anders", "Lina", "Mikael", "Fatima", "Ali"]);
  const last = rng.pick(["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Lindberg"]);
  const at = stockholmTime(today - 800, 9);
  return {
    id,
    email: `${asciiSlug(first)}.${asciiSlug(last)}.${id.slice(-6)}@hemvag.test`,
    name: `${first} ${last}`,
    teamId: null,
    locale: "sv",
    passwordHash: null,
    isActive: true,
    mustChangePassword: false,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

/** The office's referral targets and partners (real bodies; see lib/seed/catalog.ts). */
export function buildOrganisations(ctx: BuildContext): { rows: OrganisationRow[]; ids: OrganisationIds } {
  const { newId, today } = ctx;
  const at = stockholmTime(today - 1000, 9);
  const rows: OrganisationRow[] = [];
  const ids = {} as OrganisationIds;
  for (const seed of ORGANISATIONS) {
    const id = newId();
    ids[seed.key] = id;
    rows.push({
      id,
      name: seed.name,
      kind: seed.kind,
      country: seed.country,
      phone: seed.phone,
      email: null,
      website: seed.website,
      address: null,
      contactRoutes: seed.contactRoutes,
      isActive: true,
      createdAt: at,
      updatedAt: at,
    });
  }
  return { rows, ids };
}
