// Revokes an API key, named by its id or by its hash; a revoked key stays revoked at its first time.
// Parameters: $id (or null), $hash (or null). Returns: id, hash, revokedAt (none when no key matched).
MATCH (k:ApiKey)
WHERE k.id = $id OR k.hash = $hash
SET k.revokedAt = coalesce(k.revokedAt, datetime())
RETURN k.id AS id, k.hash AS hash, toString(k.revokedAt) AS revokedAt
