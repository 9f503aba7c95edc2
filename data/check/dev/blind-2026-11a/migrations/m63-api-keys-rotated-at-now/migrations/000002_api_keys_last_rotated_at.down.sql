ALTER TABLE api_keys DROP COLUMN last_rotated_at;
