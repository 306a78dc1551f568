-- CreateTable
CREATE TABLE "NameWord" (
    "word" TEXT NOT NULL,

    CONSTRAINT "NameWord_pkey" PRIMARY KEY ("word")
);


-- Hand-written from here: the dictionary's upkeep and the indexes a name
-- search uses (issue 4). A search matches each of its words against the few
-- thousand distinct words in "NameWord" (typo-tolerant, by trigrams), then
-- finds the people whose names hold one of the words found, by exact lookup
-- in a GIN index of each name's words. At 100,000 cases this costs a third of
-- rechecking every trigram hit of a common name against the search.

-- The words of a name as the indexes and searches see them. IMMUTABLE, so an
-- index can be built on it; a query must call it the same way to use one.
CREATE FUNCTION "name_words"(first_name text, last_name text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_remove(regexp_split_to_array(lower(first_name || ' ' || last_name), '\s+'), '')
$$;

CREATE INDEX "NameWord_word_trgm_manual_idx" ON "NameWord" USING gin ("word" gin_trgm_ops);
CREATE INDEX "Case_nameWords_manual_idx" ON "Case" USING gin ("name_words"("firstName", "lastName"));
CREATE INDEX "HouseholdMember_nameWords_manual_idx" ON "HouseholdMember" USING gin ("name_words"("firstName", "lastName"));

-- New words go into the dictionary with the rows that bring them, once per
-- statement, so a bulk insert of thousands of cases adds each word once.
-- Words are not removed when a name changes: a word nobody has only finds nobody.
CREATE FUNCTION "name_words_collect"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "NameWord" ("word")
  SELECT DISTINCT unnest("name_words"(changed."firstName", changed."lastName")) FROM changed
  ON CONFLICT ("word") DO NOTHING;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Case_name_words_insert" AFTER INSERT ON "Case"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "name_words_collect"();
CREATE TRIGGER "Case_name_words_update" AFTER UPDATE ON "Case"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "name_words_collect"();
CREATE TRIGGER "HouseholdMember_name_words_insert" AFTER INSERT ON "HouseholdMember"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "name_words_collect"();
CREATE TRIGGER "HouseholdMember_name_words_update" AFTER UPDATE ON "HouseholdMember"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "name_words_collect"();

-- The words of the people already recorded.
INSERT INTO "NameWord" ("word")
SELECT DISTINCT unnest("name_words"("firstName", "lastName")) FROM "Case"
UNION
SELECT DISTINCT unnest("name_words"("firstName", "lastName")) FROM "HouseholdMember"
ON CONFLICT ("word") DO NOTHING;
