-- Hand-written: the whole-name trigram indexes of the audit_and_search
-- migration are no longer read by any query. The case list matches names
-- through the name-word dictionary (name_words migration, decision 004), and
-- the duplicate check at intake goes by identity number and birth date. They
-- only cost time on every insert of a case or a household member.
DROP INDEX "Case_fullName_trgm_manual_idx";
DROP INDEX "HouseholdMember_fullName_trgm_manual_idx";
