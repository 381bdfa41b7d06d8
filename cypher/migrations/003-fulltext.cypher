// Full-text search with the Dutch analyzer (stemming: "inclusieve" finds "inclusie").
// Private fields (email, notes) are deliberately not indexed.
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
FOR (n:Professional|Organization|Alliance|Theme|Practice|Initiative|Insight|Bottleneck|Event|Region)
ON EACH [n.name, n.title, n.text, n.headline, n.bio, n.summary, n.description, n.question, n.place]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'dutch', `fulltext.eventually_consistent`: false}};
