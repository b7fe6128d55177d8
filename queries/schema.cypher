// schema: uniqueness constraints on ids, indexes for lookups and the full-text index keyword
// search reads (posts by their tokenized fields); run once per connection.
// Parameters: none. Statements are separated by semicolons; each is idempotent.
// Returns: nothing.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT post_id IF NOT EXISTS FOR (p:Post) REQUIRE p.id IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE FULLTEXT INDEX post_search IF NOT EXISTS FOR (p:SearchDoc) ON EACH [p.search_title, p.search_text, p.search_tags, p.search_entities] OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}
