// entities-all: every entity with its post count, for the in-memory entity finder and resolution.
// Parameters: none.
// Returns: id, type, name, aliases, confidence, posts — ordered by posts desc, name, id.
MATCH (e:Entity)
OPTIONAL MATCH (p:Post)-[:MENTIONS]->(e)
WITH e, count(DISTINCT p) AS posts
RETURN e.id AS id, e.type AS type, e.name AS name, e.aliases AS aliases, e.confidence AS confidence, posts
ORDER BY posts DESC, name, id
