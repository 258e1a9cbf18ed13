module github.com/gisa-nlp/gisa

go 1.26.0

require (
	github.com/ikawaha/kagome-dict v1.0.3
	github.com/ikawaha/kagome-dict-ko v0.2.1
	github.com/spf13/cobra v1.10.2
	golang.org/x/net v0.62.0
	golang.org/x/text v0.44.0
)

require (
	github.com/inconshreveable/mousetrap v1.1.0 // indirect
	github.com/spf13/pflag v1.0.9 // indirect
)
