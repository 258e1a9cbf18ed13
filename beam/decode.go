package gisabeam

import (
	"github.com/gisa-nlp/gisa/internal/articleio"
	"github.com/gisa-nlp/gisa/internal/batch"
	"github.com/gisa-nlp/gisa/internal/htmlarticle"
)

// Decoder is the decoding of `gisa batch`, from the same package the gisa command uses: UTF-8
// (BOM dropped), UTF-16 with BOM, EUC-KR/CP949, JSON Lines articles {"id","title","text"}, and
// HTML pages.
func Decoder() batch.Decoder {
	return batch.Decoder{Text: articleio.DecodeText, Line: articleio.ParseArticleLine, HTML: htmlarticle.Extract}
}
