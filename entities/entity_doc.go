// Package entities finds what a Korean news article names: people, organisations, places,
// dates, times, quantities, products and events (Recognizer). The figures an article gives
// (counts, money, percentages …) are package figures'.
//
// The Recognizer tags code points with an averaged structured perceptron trained on KLUE-NER
// v1.1 (BIO labels, Viterbi over allowed transitions) whose features come from the tokenizer:
// syllable n-grams, the morpheme's surface, tag and mecab-ko-dic semantic class, eojeol
// boundaries and stems, organisation suffixes (…부, …청, …대), titles (… 대표), surnames and a
// small gazetteer. The model is embedded (entities/model, CC BY-SA 4.0, credit KLUE) and
// rebuilt by `go run ./internal/cmd/trainner`; `go run ./internal/cmd/evalner` cross-validates
// it. Coreference then gathers mentions: a person's full name, surname + title (백 대표),
// pronouns (그, 그녀) and omitted subjects; unnamed sources (업계 관계자); organisations'
// bracketed aliases and short forms.
package entities
