// The constraint that keeps migration records unique (applied before any migration).
// Parameters: none. Returns: nothing.
CREATE CONSTRAINT migration_name IF NOT EXISTS FOR (m:Migration) REQUIRE m.name IS UNIQUE
