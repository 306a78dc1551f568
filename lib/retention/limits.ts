// The bounds of the retention settings, shared by the settings form's schema
// and the data layer. The audit log is kept at least two years whatever is
// set: the database function that purges it refuses less (migration
// retention_audit_functions).
export const REMOVE_AFTER_YEARS_RANGE = { min: 1, max: 50 } as const;
export const AUDIT_YEARS_RANGE = { min: 2, max: 50 } as const;
export const DEFAULT_AUDIT_YEARS = 10;
