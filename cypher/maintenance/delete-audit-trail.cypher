// Deletes the audit trail and the API keys: for resetting a disposable database (tests) only.
// Parameters: none. Returns: deleted.
MATCH (n)
WHERE n:AuditEntry OR n:ApiKey
DETACH DELETE n
RETURN count(n) AS deleted
