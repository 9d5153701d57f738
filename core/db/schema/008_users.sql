-- FairCheck schema version 8: sign-in. Passwords are kept as Argon2id strings
-- (libsodium); repeated failures lock an account for a while.
ALTER TABLE app_user ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN locked_until TEXT;
ALTER TABLE app_user ADD COLUMN created_on TEXT;
