-- Schema 19: which office this file belongs to, and the offices it exchanges with.
--   office       one row: the county bureau, or a township's justice office whose scope is
--                its township; code and public key identify it to others. Its secret key is
--                a setting (office_secret_key): never captured, exported or audited.
--   office_peer  another office's card, trusted by an administrator: its code, kind, name,
--                township and Ed25519 public key, and the packages sent to and received from it.

CREATE TABLE office (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    kind TEXT NOT NULL CHECK (kind = 'county' OR kind = 'township'),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    township_id INTEGER REFERENCES township(id),
    code TEXT NOT NULL UNIQUE,
    public_key TEXT NOT NULL,
    created_on TEXT NOT NULL,
    CHECK ((kind = 'county' AND township_id IS NULL) OR (kind = 'township' AND township_id IS NOT NULL))
);

CREATE TABLE office_peer (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind = 'county' OR kind = 'township'),
    name TEXT NOT NULL,
    township_id INTEGER REFERENCES township(id),
    public_key TEXT NOT NULL UNIQUE,
    trusted_on TEXT NOT NULL,
    last_sent INTEGER NOT NULL DEFAULT 0 CHECK (last_sent >= 0),
    last_received INTEGER NOT NULL DEFAULT 0 CHECK (last_received >= 0)
);
