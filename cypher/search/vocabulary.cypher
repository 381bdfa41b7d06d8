// The texts of the knowledge nodes, one row per node, from which the question analysis learns the
// graph's own words and how common each is (see src/recommend/question/vocabulary.ts).
// Parameters: $limit (the most nodes read).
// Returns: text.
MATCH (n:Entity)
WHERE n:Insight OR n:Practice OR n:Initiative OR n:Theme OR n:Bottleneck OR n:Alliance OR n:Event
  OR n:Professional
WITH n
LIMIT toInteger($limit)
RETURN reduce(s = '', t IN [n.name, n.title, n.text, n.headline, n.summary, n.description] |
  CASE WHEN t IS NULL THEN s ELSE s + ' ' + toString(t) END) AS text
