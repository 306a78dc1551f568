-- Hand-written: the figures' tables are written by the database alone (decision 027).
--
-- FigureEvent and FigureMonth are derived from the cases by figure_refresh, run by the triggers. The
-- app's role gets row rights on every table (lib/migrations/app-role.ts), and now loses them here
-- again (read only), so that no code in the app, and nobody holding its password, can make a figure
-- say something its cases do not. For the triggers to go on writing them when the app writes a
-- case, figure_refresh runs with its owner's rights (SECURITY DEFINER, with a fixed search path).
--
-- The bulk load's deferral (hemvag.figures_deferred, lib/seed) skips the triggers for a
-- transaction; it is honoured only for the owner's role (which the seed and the migrations use),
-- so the app's role cannot switch the figures off for its own writes either.

ALTER FUNCTION "figure_refresh"(text[], text[]) SECURITY DEFINER SET search_path = public, pg_temp;

-- Whether this transaction asked to derive the figures at its end, and may: a role that is (or
-- acts as) the owner of the figures' tables.
CREATE FUNCTION "figures_deferred"() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('hemvag.figures_deferred', true), '') = 'on'
     AND pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = '"FigureEvent"'::regclass), 'USAGE')
$$;

CREATE OR REPLACE FUNCTION "figure_refresh_statement"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids text[];
BEGIN
  IF "figures_deferred"() THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    EXECUTE format('SELECT array_agg(DISTINCT %I) FROM figure_new', TG_ARGV[0]) INTO ids;
  ELSIF TG_OP = 'DELETE' THEN
    EXECUTE format('SELECT array_agg(DISTINCT %I) FROM figure_old', TG_ARGV[0]) INTO ids;
  ELSE
    EXECUTE format('SELECT array_agg(DISTINCT id) FROM (SELECT %1$I AS id FROM figure_old UNION SELECT %1$I FROM figure_new) changed', TG_ARGV[0]) INTO ids;
  END IF;
  IF TG_ARGV[1] = 'record' THEN
    PERFORM "figure_refresh"('{}', ids);
  ELSE
    PERFORM "figure_refresh"(ids, '{}');
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION "figure_refresh_row"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids text[];
BEGIN
  IF "figures_deferred"() THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    ids := ARRAY[to_jsonb(NEW) ->> TG_ARGV[0]];
  ELSE
    ids := ARRAY(SELECT DISTINCT id FROM unnest(ARRAY[to_jsonb(OLD) ->> TG_ARGV[0], to_jsonb(NEW) ->> TG_ARGV[0]]) id);
  END IF;
  PERFORM "figure_refresh"(ids, '{}');
  RETURN NULL;
END $$;
