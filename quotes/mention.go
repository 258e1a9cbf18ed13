package quotes

import "github.com/gisa-nlp/gisa/entities"

// Mention is where a speaker is named: a byte span of the source and its text as written. It
// is the entities package's Mention.
type Mention = entities.Mention

// Entity is the entities package's Entity, the type Extract takes. The alias keeps code written
// against this package's early stand-in compiling; new code should use entities.Entity.
type Entity = entities.Entity
