-- Phone numbers are stored as E.164 (lib/phone.ts, issue 15). Organisations'
-- numbers were stored as typed ("0771-235 235"); cases' were already E.164.
-- This brings what the old forms allowed (digits, spaces, + ( ) -) to E.164 the
-- way lib/phone reads it: "00" is the international prefix, a leading "0" a
-- Swedish trunk prefix. Anything else is left as it was: formatPhone shows a
-- value it cannot read unchanged, and the next save asks for a valid number.
CREATE FUNCTION pg_temp.e164_of(typed text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN compact ~ '^\+[1-9][0-9]{6,14}$' THEN compact
    WHEN compact ~ '^00[1-9][0-9]{6,14}$' THEN '+' || substr(compact, 3)
    WHEN compact ~ '^0[1-9][0-9]{5,11}$' THEN '+46' || substr(compact, 2)
    ELSE typed
  END
  FROM (SELECT regexp_replace(typed, '[[:space:]().\-/]', '', 'g') AS compact) AS c
$$;

UPDATE "Organisation" SET "phone" = pg_temp.e164_of("phone") WHERE "phone" IS NOT NULL AND "phone" IS DISTINCT FROM pg_temp.e164_of("phone");
UPDATE "Case" SET "phone" = pg_temp.e164_of("phone") WHERE "phone" IS NOT NULL AND "phone" IS DISTINCT FROM pg_temp.e164_of("phone");
