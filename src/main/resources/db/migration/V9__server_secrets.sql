-- #26: secrets the servers sharing this database share (the key that signs device cookies), made on first start.
CREATE TABLE server_secret (
    name   VARCHAR(64)  PRIMARY KEY,
    secret VARCHAR(200) NOT NULL
);
