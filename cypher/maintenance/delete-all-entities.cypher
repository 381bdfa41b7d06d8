// Deletes every domain node and its relationships, and the membership requests that refer to
// them, keeping the schema and migration records.
// Used to reset a disposable database (tests, demo resets); never exposed through the API.
// Parameters: none. Returns: deleted.
CALL () {
  MATCH (r:MembershipRequest)
  DELETE r
}
MATCH (n:Entity)
DETACH DELETE n
RETURN count(n) AS deleted
