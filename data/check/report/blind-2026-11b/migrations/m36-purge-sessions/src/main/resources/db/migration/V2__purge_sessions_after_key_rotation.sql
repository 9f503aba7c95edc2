-- Signing key was rotated (incident 2024-07-14); every session must log in again.
DELETE FROM sessions;
