-- "Session" meant a signed-in browser; the word is kept for counselling
-- sessions. A rename, not the drop-and-create the generator wrote: signed-in
-- users stay signed in across the upgrade, and the grants move with the table.
ALTER TABLE "Session" RENAME TO "SignInSession";
ALTER TABLE "SignInSession" RENAME CONSTRAINT "Session_pkey" TO "SignInSession_pkey";
ALTER TABLE "SignInSession" RENAME CONSTRAINT "Session_userId_fkey" TO "SignInSession_userId_fkey";
ALTER INDEX "Session_userId_revokedAt_idx" RENAME TO "SignInSession_userId_revokedAt_idx";
