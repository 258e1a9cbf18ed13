// Package quotes finds who said what in a Korean news article: direct quotes between quote
// marks, indirect (reported) speech, and headline quotes, each with its reporting verb, the
// verb's stance, and its speaker resolved to a canonical name.
//
// The extractor reads the grammar of Korean reporting frames: the complementizer after a
// closing mark (고, 라고, 며, 라며, 면서, 라는 + noun), chains of quotes sharing one verb
// (“A”며 “B”고 말했다), indirect clauses (…다고 밝혔다, …할 것을 촉구했다, X에 따르면 …,
// …라는 것이 X의 설명이다), and the subject of the frame (the 은/는/이/가 noun phrase). Speakers
// are resolved through the entities given to Extract, and otherwise within the article
// (백 대표 → 백상엽, 그 → the last person speaker).
package quotes
