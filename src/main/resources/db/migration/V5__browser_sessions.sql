-- Portable SQL (H2 2.x and PostgreSQL). Browser sessions live in the database, so every server behind a proxy
-- knows a session another one opened, and a restart keeps people signed in. As for API tokens, only the SHA-256
-- of the session id (the cookie's value) is kept: a copy of the database opens no session.
CREATE TABLE browser_session (
    id_hash    VARCHAR(64) PRIMARY KEY,
    user_name  VARCHAR(64) NOT NULL REFERENCES app_user (name),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX browser_session_by_expiry ON browser_session (expires_at);
