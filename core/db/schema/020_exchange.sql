-- Schema 20: packages between offices.
--   exchange_key      a record made in another office: its global uid beside the id it has
--                     here (records made here are "<office code>-<id>" and need no row)
--   exchange_row      for each trusted office, each exchanged record's hash as both files last
--                     held it: what changed since, on either side, is what differs from it
--   exchange_package  the packages sent to and received from each office, in sequence (those
--                     sent with their bytes)

CREATE TABLE exchange_key (
    tbl TEXT NOT NULL,
    local_id INTEGER NOT NULL,
    uid TEXT NOT NULL,
    PRIMARY KEY (tbl, local_id),
    UNIQUE (tbl, uid)
);

CREATE TABLE exchange_row (
    peer_code TEXT NOT NULL,
    tbl TEXT NOT NULL,
    uid TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (peer_code, tbl, uid)
);

CREATE TABLE exchange_package (
    id INTEGER PRIMARY KEY,
    direction TEXT NOT NULL CHECK (direction = 'out' OR direction = 'in'),
    peer_code TEXT NOT NULL,
    seq INTEGER NOT NULL CHECK (seq > 0),
    sha256 TEXT NOT NULL,
    at TEXT NOT NULL,
    counts TEXT NOT NULL,
    bytes BLOB, -- a package sent, as it was signed: written again when a file is lost
    UNIQUE (direction, peer_code, seq)
);
