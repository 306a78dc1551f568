// Countries where, under the 2026 rules, settling is reported (not confirmed in the
// ordinance text) to fall outside the return grant. ISO 3166-1 alpha-2: Greece is "GR"
// here, not the EU's own "EL".

export const EU_MEMBER_STATES = [
  "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
  "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
] as const;

/** EEA members outside the EU. */
export const EEA_NON_EU_STATES = ["IS", "LI", "NO"] as const;

export const EU_EEA_CH_COUNTRIES: ReadonlySet<string> = new Set<string>([
  ...EU_MEMBER_STATES,
  ...EEA_NON_EU_STATES,
  "CH",
]);

export function isEuEeaOrSwitzerland(countryCode: string): boolean {
  return EU_EEA_CH_COUNTRIES.has(countryCode.trim().toUpperCase());
}
