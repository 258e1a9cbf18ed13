package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/spf13/cobra"
)

// Exit statuses shared by every command.
const (
	exitOK     = 0
	exitFailed = 1 // the command ran but some or all inputs failed
	exitUsage  = 2 // bad flags or arguments
)

// exitHelp ends the help of every command: the exit statuses, the same in all of them.
const exitHelp = `

Exit status: 0 when every input was done, 1 when some input failed (each one is reported, as
an error record where the output has records, and the rest goes on), 2 for a usage error (an
unknown command or flag, a bad flag value).`

// usageError marks an error as the user's invocation being wrong (exit status 2).
type usageError struct{ error }

func newRootCmd(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "gisa",
		Short: "Who said what in Korean news: quotes, speakers and figures",
		Long: `gisa (기사, "article") reads Korean news articles and pulls out who spoke, what they
claimed and the figures they gave, with every quote tied to its speaker.

It tokenizes with mecab-ko-dic 2.1.1 (a pure-Go, MeCab-exact lattice), finds entities, figures
and quotes, and writes the gisa/1 JSON record described in docs/SCHEMA.md.`,
		Example: `  gisa analyze --format text article.txt
  gisa batch articles/ -o analyses.jsonl
  gisa tokenize --format mecab < article.txt
  echo '챗GPT는 5일 만에 100만 사용자를 모았다.' | gisa tokenize`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError{fmt.Errorf("%w (see '%s --help')", err, c.CommandPath())}
	})
	root.Version = versionLine()
	root.SetVersionTemplate("{{.Version}}")
	root.CompletionOptions.DisableDefaultCmd = true
	root.AddCommand(newAnalyzeCmd(), newBatchCmd(), newTokenizeCmd(), newFiguresCmd(), newServeCmd(), newVersionCmd(), newCompletionCmd(root))
	root.Long += exitHelp
	for _, c := range root.Commands() {
		if !strings.Contains(c.Long, "\nExit status:") { // serve says its own
			c.Long += exitHelp
		}
	}
	return root
}

// signalContext returns the command's context, done at the first SIGINT or SIGTERM; a second
// one kills the process at once. Call stop when the command is done.
func signalContext(cmd *cobra.Command) (ctx context.Context, stop context.CancelFunc) {
	ctx = cmd.Context()
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, stop = signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop() // the signal is no longer caught: a second one kills
	}()
	return ctx, stop
}

// run executes the command line and returns the process exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRootCmd(stdin, stdout, stderr)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	fmt.Fprintln(stderr, "gisa:", err)
	var ue usageError
	if errors.As(err, &ue) || isCobraUsageError(err) {
		return exitUsage
	}
	return exitFailed
}

// isCobraUsageError recognises the argument errors cobra itself returns.
func isCobraUsageError(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "accepts ", "requires at least", "invalid argument"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}
