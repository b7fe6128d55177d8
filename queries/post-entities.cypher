// post-entities: the entities a post mentions, each with how many posts mention it (its rarity).
// Parameters: $id (post id).
// Returns: id, name, type, posts — ordered by id.
MATCH (:Post {id: $id})-[:MENTIONS]->(e:Entity)
WITH DISTINCT e
MATCH (q:Post)-[:MENTIONS]->(e)
WITH e, count(DISTINCT q) AS posts
RETURN e.id AS id, e.name AS name, e.type AS type, posts
ORDER BY id
