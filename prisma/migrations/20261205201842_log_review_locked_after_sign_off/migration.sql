-- Hand-written: a signed-off access-log review month (issue 13 part 2,
-- docs/decisions/024-protected-identity-and-access-log-review.md) is locked in
-- the database itself, whatever the application does. Once "LogReview"."signedOffAt"
-- is set, the review row cannot be updated and its picks cannot be updated,
-- added or removed. Deleting a whole review (retention of the reviews
-- themselves) stays possible; its picks go with it by the cascade.

CREATE OR REPLACE FUNCTION "log_review_locked"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."signedOffAt" IS NOT NULL THEN
    RAISE EXCEPTION 'Log review % is signed off and cannot change', OLD.month USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;

CREATE OR REPLACE FUNCTION "log_review_pick_locked"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  review_id text;
BEGIN
  review_id := CASE WHEN TG_OP = 'INSERT' THEN NEW."reviewId" ELSE OLD."reviewId" END;
  -- A review being deleted takes its picks along (the cascade); that is the one delete allowed.
  IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM "LogReview" WHERE id = review_id) THEN
    RETURN OLD;
  END IF;
  IF EXISTS (SELECT 1 FROM "LogReview" WHERE id = review_id AND "signedOffAt" IS NOT NULL) THEN
    RAISE EXCEPTION 'The picks of a signed-off log review cannot change' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;

CREATE TRIGGER "LogReview_locked" BEFORE UPDATE ON "LogReview" FOR EACH ROW EXECUTE FUNCTION "log_review_locked"();
CREATE TRIGGER "LogReviewPick_locked" BEFORE INSERT OR UPDATE OR DELETE ON "LogReviewPick" FOR EACH ROW EXECUTE FUNCTION "log_review_pick_locked"();
ALTER TABLE "LogReview" ENABLE ALWAYS TRIGGER "LogReview_locked";
ALTER TABLE "LogReviewPick" ENABLE ALWAYS TRIGGER "LogReviewPick_locked";
