package gisa

import (
	"strings"
	"testing"
)

// A panic inside a stage is the document's error, naming the stage, not a crash of the process
// (a batch goes on with the next document, a server with the next request).
func TestRunStepRecoversPanic(t *testing.T) {
	var st stageState
	err := runStep(2, func(*stageState) {
		var words []int
		_ = words[len(words)-1] // index out of range, as a bug in a stage would
	}, &st)
	if err == nil || !strings.Contains(err.Error(), "quotes stage") || !strings.Contains(err.Error(), "index out of range") {
		t.Fatalf("err = %v, want an internal error of the quotes stage", err)
	}
	if err := runStep(0, func(*stageState) {}, &st); err != nil {
		t.Fatalf("a step that returns: err = %v", err)
	}
}
