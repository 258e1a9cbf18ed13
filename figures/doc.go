// Package figures reads the numbers a Korean news article gives: counts, money, percentages,
// multipliers, fractions, durations, measures and ranks, each with its value, normalised unit,
// kind and qualifier (the gisa/1 "figures", docs/SCHEMA.md). It is the pipeline's figures
// stage: Extract reads them from a tokenized text, and summarize joins them into facts.
//
// ParseNumber reads one numeral: Arabic digits with separators and decimals, Sino-Korean and
// native numerals, myriads (1천만, 3조2천억, 21억 4748만 3648), signs and fractions (10분의 1,
// 3/4). ParseOrdinal reads an ordinal (첫째, 세 번째, 제3). Parse reads one figure from a short
// phrase without a tokenizer ("5000원 이상", "섭씨37도"). Extract adds the checks that need the
// sentence around a number: calendar dates, clock times, years, ordinals and digits inside names
// (웹3.0, GPT-3.5, COVID-19) are not figures.
//
// The peer suites in ../shared/data/figures (facebook/duckling's Korean corpus and
// kor-to-number's cases) are run by the package tests and by `go run ./internal/cmd/evalfigures`.
package figures
