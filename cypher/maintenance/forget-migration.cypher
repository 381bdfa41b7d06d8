// Forgets that a migration ran, so that it runs again (tests of idempotent migrations).
// Parameters: $name.
// Returns: nothing.
MATCH (m:Migration {name: $name})
DETACH DELETE m
