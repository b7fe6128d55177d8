// posts-sharing: other posts that mention an entity the given post mentions.
// Parameters: $id (post id).
// Returns: post, entity — one row per shared entity, ordered by post, entity.
MATCH (p:Post {id: $id})-[:MENTIONS]->(e:Entity)<-[:MENTIONS]-(q:Post)
WHERE q <> p
WITH DISTINCT q, e
RETURN q.id AS post, e.id AS entity
ORDER BY post, entity
