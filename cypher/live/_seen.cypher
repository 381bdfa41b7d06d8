// Partial: whether the viewer ($visible, $seen) may see node n as a live event shows it: a person by
// their visibility; an insight or a question as entity/_work-seen decides. Binds n.
(NOT n:Professional OR coalesce(n.visibility, 'PUBLIC') IN $visible)
  AND all(work IN [n] WHERE {{> entity/_work-seen}})
