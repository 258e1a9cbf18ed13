// Package tokenize is gisa's Korean morphological analyser: mecab-ko-dic 2.1.1 through a
// MeCab-compatible Viterbi lattice, in pure Go.
//
// The analysis is token-for-token MeCab 0.996's over the same dictionary when the space
// penalty is off (WithSpacePenalty(false)), and mecab-ko's when it is on (the default):
// whitespace is skipped, never a token; unknown words are grouped and sized per char.def and
// unk.def; a morpheme that starts after whitespace pays mecab-ko's left-space penalty for its
// pos-id. Each input line is one lattice, as with the mecab command.
//
// The parts, kept apart as in kagome:
//   - dict.go, dictfile.go: the dictionary flattened into plain arrays (double-array trie,
//     entries, connection matrix, character classes, unknown words, feature records), compiled
//     once from github.com/ikawaha/kagome-dict-ko into the user cache and memory-mapped;
//   - runetrie.go: the same trie over characters, which lookups walk;
//   - lattice.go: candidate lookup and the Viterbi search;
//   - tokenizer.go, token.go: tokens with offsets, tags, features, parts and lemmas;
//   - sentence*.go: the news sentence splitter; text.go: Text, a document's tokens and sentences;
//   - userdict.go: user dictionaries (CSV).
package tokenize
