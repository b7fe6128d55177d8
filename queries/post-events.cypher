// post-events: the event each post covers.
// Parameters: none.
// Returns: post, id, name (of the event) — ordered by post, id.
MATCH (p:Post)-[:COVERS]->(e:Entity)
RETURN p.id AS post, e.id AS id, e.name AS name
ORDER BY post, id
