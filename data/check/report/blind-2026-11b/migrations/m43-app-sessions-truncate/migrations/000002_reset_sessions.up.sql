SET lock_timeout = '5s';

-- new session format; everybody signs in again
TRUNCATE ONLY app.sessions RESTART IDENTITY CASCADE;
