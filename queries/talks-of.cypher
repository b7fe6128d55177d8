// talks-of: what a person talked about ("what did George Dunlap talk about"), with evidence.
// Parameters: $id (person id).
// Returns: id, name, type (the topic), post, sentence, title — ordered by name, id, post, sentence.
MATCH (:Entity {id: $id})-[r:TALKED_ABOUT]->(t:Entity)
RETURN t.id AS id, t.name AS name, t.type AS type, r.post AS post, r.sentence AS sentence, r.title AS title
ORDER BY name, id, post, sentence
