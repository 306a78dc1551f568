-- The audit table's append-only triggers fire in every session, also one that
-- sets session_replication_role = replica (which silences ordinary triggers).
-- Only a superuser may set that; the app never connects as one on a real
-- PostgreSQL, but the embedded PGlite cannot give it a session that is not
-- (docs/decisions/006-database-roles.md), so this closes the door there too.
ALTER TABLE "AuditEvent" ENABLE ALWAYS TRIGGER "AuditEvent_append_only";
ALTER TABLE "AuditEvent" ENABLE ALWAYS TRIGGER "AuditEvent_no_truncate";
