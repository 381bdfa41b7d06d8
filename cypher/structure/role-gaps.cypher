// Alliances and werkplaatsen (initiatives with current members) that miss one of the four roles now: a
// role counts while its membership has no `until` or one not before $today; hidden people count
// too (a role is filled whoever fills it), but only visible people are returned as holders.
// Parameters: $level (AllianceLevel or null: all), $roles (the four roles), $today (YYYY-MM-DD),
// $visible.
// Returns per unit with a gap, by label then name: unit (node with __label), missing (roles),
// holders (list of {role, since, until, professional}: visible people holding a role now).
CALL () {
  MATCH (u:Alliance)
  WHERE $level IS NULL OR u.level = $level
  RETURN u
  UNION
  MATCH (u:Initiative)
  WHERE EXISTS {
      MATCH (u)<-[m:MEMBER_OF]-(:Professional)
      WHERE m.until IS NULL OR toString(m.until) >= $today
    }
    AND ($level IS NULL OR EXISTS { (u)-[:PART_OF]->(:Alliance {level: $level}) })
  RETURN u
}
WITH u, COLLECT {
  MATCH (u)<-[m:MEMBER_OF]-(p:Professional)
  WHERE m.until IS NULL OR toString(m.until) >= $today
  RETURN {role: m.role, since: m.since, until: m.until, visibility: coalesce(p.visibility, 'PUBLIC'),
    professional: p {.*, __label: 'Professional'}}
} AS current
WITH u, current, [role IN $roles WHERE none(c IN current WHERE c.role = role)] AS missing
WHERE size(missing) > 0
RETURN u {.*, __label: [l IN labels(u) WHERE l <> 'Entity'][0]} AS unit, missing,
  [c IN current WHERE c.visibility IN $visible | {
    role: c.role, since: c.since, until: c.until, professional: c.professional, unitId: u.id
  }] AS holders
ORDER BY unit.__label, coalesce(unit.name, unit.id)
