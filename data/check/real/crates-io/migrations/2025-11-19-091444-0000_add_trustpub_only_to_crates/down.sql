ALTER TABLE crates DROP COLUMN trustpub_only;
