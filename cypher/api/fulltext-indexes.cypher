// The full-text indexes the migrations created, so search uses whatever exists.
SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, state, entityType
WHERE state = 'ONLINE' AND entityType = 'NODE'
RETURN name, labelsOrTypes, properties
