package batch_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/gisa-nlp/gisa"
	"github.com/gisa-nlp/gisa/internal/batch"
	"github.com/gisa-nlp/gisa/tokenize"
)

// ExampleRun analyses a folder with two articles and a file that is not UTF-8, in input order.
func ExampleRun() {
	dir, err := os.MkdirTemp("", "batch-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	os.MkdirAll(filepath.Join(dir, "2024"), 0o755)
	os.WriteFile(filepath.Join(dir, "2024", "ai.txt"), []byte("AI 경쟁\n백상엽 대표는 \"뒤지지 않겠다\"고 밝혔다."), 0o644)
	os.WriteFile(filepath.Join(dir, "2024", "broken.txt"), []byte("정부는 \xff 밝혔다."), 0o644)
	os.WriteFile(filepath.Join(dir, "chip.txt"), []byte("반도체 투자\n정부는 반도체에 3조 원을 투자한다."), 0o644)

	a, err := gisa.New()
	if err != nil {
		log.Fatal(err)
	}
	var out bytes.Buffer
	st, err := batch.Run(context.Background(), batch.Config{
		Roots:    []string{dir},
		Ordered:  true,
		Stdout:   &out,
		Analyzer: a,
		Decoder: batch.Decoder{
			Text: func(b []byte) (string, error) { return string(b), tokenize.ValidateUTF8(string(b)) },
			Line: func([]byte) (gisa.Document, error) { return gisa.Document{}, fmt.Errorf("no JSON Lines here") },
			HTML: func(string) (string, string, error) { return "", "", fmt.Errorf("no HTML here") },
		},
	})
	if err != nil {
		log.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var r struct{ Input, Title, Error string }
		json.Unmarshal([]byte(line), &r)
		fmt.Printf("%-16s %s%s\n", r.Input, r.Title, r.Error)
	}
	fmt.Println(st.OK, "ok,", st.Failed, "failed")
	// Output:
	// 2024/ai.txt      AI 경쟁
	// 2024/broken.txt  2024/broken.txt: invalid UTF-8 at byte offset 10
	// chip.txt         반도체 투자
	// 2 ok, 1 failed
}
