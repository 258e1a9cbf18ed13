package quotes

import "github.com/gisa-nlp/gisa/tokenize"

// Mention is one place where an entity is named: its byte span and its text as written.
//
// It mirrors entities.Mention from the integration contract; it stands in until the entities
// package lands, and then becomes an alias of it.
type Mention struct {
	tokenize.Span
	Text string
}

// Entity is a named entity with its coreferent mentions (백상엽 ← 백 대표 ← 그).
//
// It mirrors entities.Entity from the integration contract; it stands in until the entities
// package lands, and then becomes an alias of it.
type Entity struct {
	Name, Type, Title, Org string
	Mentions               []Mention
}
