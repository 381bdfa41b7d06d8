// The live API key with this hash.
// Parameters: $hash (sha-256 hex of the key). Returns: key {id, role, subject, professionalId, alliances}.
MATCH (k:ApiKey {hash: $hash})
WHERE k.revokedAt IS NULL
RETURN k {.id, .role, .subject, .professionalId, .alliances} AS key
