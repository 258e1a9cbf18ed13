package quotes

import "github.com/gisa-nlp/gisa/internal/quotemarks"

// region is one quote-mark pair, or an opening mark left open (see quotemarks.Region).
type region = quotemarks.Region

// isQuoteMark reports any quote mark the pairing handles.
func isQuoteMark(r rune) bool { return quotemarks.IsQuoteMark(r) }

// isSingle reports a single-quote kind of mark: such quotes are names and terms unless a
// reporting frame follows.
func isSingle(m rune) bool { return m == '‘' || m == '\'' || m == '`' || m == '「' }
