// speakers-of: who talked about an entity ("who talked about credit2"), with evidence.
// Parameters: $id (entity id of the topic).
// Returns: id, name, type (the speaker), post, sentence, title — ordered by name, id, post, sentence.
MATCH (s:Entity)-[r:TALKED_ABOUT]->(:Entity {id: $id})
RETURN s.id AS id, s.name AS name, s.type AS type, r.post AS post, r.sentence AS sentence, r.title AS title
ORDER BY name, id, post, sentence
