// Membership requests are found by id, and by unit or person.
CREATE CONSTRAINT membership_request_id IF NOT EXISTS FOR (r:MembershipRequest) REQUIRE r.id IS UNIQUE;
CREATE INDEX membership_request_unit IF NOT EXISTS FOR (r:MembershipRequest) ON (r.unitId);
CREATE INDEX membership_request_person IF NOT EXISTS FOR (r:MembershipRequest) ON (r.professionalId);
// Learning networks: condition checks and commitments have ids of their own.
CREATE CONSTRAINT condition_check_id IF NOT EXISTS FOR (n:ConditionCheck) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT commitment_id IF NOT EXISTS FOR (n:Commitment) REQUIRE n.id IS UNIQUE;
