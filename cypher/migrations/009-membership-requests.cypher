// Membership requests are found by id, and by unit or person.
CREATE CONSTRAINT membership_request_id IF NOT EXISTS FOR (r:MembershipRequest) REQUIRE r.id IS UNIQUE;
CREATE INDEX membership_request_unit IF NOT EXISTS FOR (r:MembershipRequest) ON (r.unitId);
CREATE INDEX membership_request_person IF NOT EXISTS FOR (r:MembershipRequest) ON (r.professionalId);
