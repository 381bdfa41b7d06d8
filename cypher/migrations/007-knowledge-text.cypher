// What people and groups know, for questions asked in sentences: the texts of the knowledge nodes
// without the questions they ask (an initiative's question is not evidence that it knows the
// answer) and without places or private fields. Dutch analyzer, as entity_text.
CREATE FULLTEXT INDEX knowledge_text IF NOT EXISTS
FOR (n:Professional|Alliance|Theme|Practice|Initiative|Insight|Bottleneck|Event)
ON EACH [n.name, n.title, n.text, n.headline, n.bio, n.summary, n.description]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'dutch', `fulltext.eventually_consistent`: false}};
// Roles asked for by name ("a procesbegeleider") are found through the membership's role.
CREATE INDEX member_of_role IF NOT EXISTS FOR ()-[m:MEMBER_OF]-() ON (m.role);
