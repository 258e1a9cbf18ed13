package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

// completionShells are the shells gisa completion writes scripts for.
var completionShells = []string{"bash", "zsh", "fish", "powershell"}

// newCompletionCmd writes the shell completion script of root. It replaces cobra's own
// command, which printed its help and exited 0 for a shell it does not know.
func newCompletionCmd(root *cobra.Command) *cobra.Command {
	return &cobra.Command{
		Use:   "completion bash|zsh|fish|powershell",
		Short: "Print the shell completion script for gisa",
		Long: `Print the completion script of gisa for a shell. To load it:
  bash        source <(gisa completion bash)
  zsh         gisa completion zsh > "${fpath[1]}/_gisa"   (then start a new shell)
  fish        gisa completion fish | source
  powershell  gisa completion powershell | Out-String | Invoke-Expression`,
		ValidArgs: completionShells,
		Args: func(_ *cobra.Command, args []string) error {
			switch {
			case len(args) != 1:
				return usageError{fmt.Errorf("completion takes one shell (bash, zsh, fish or powershell), got %d arguments", len(args))}
			case !contains(completionShells, args[0]):
				return usageError{fmt.Errorf("unknown shell %q: want bash, zsh, fish or powershell", args[0])}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			w := cmd.OutOrStdout()
			switch args[0] {
			case "bash":
				return root.GenBashCompletionV2(w, true)
			case "zsh":
				return root.GenZshCompletion(w)
			case "fish":
				return root.GenFishCompletion(w, true)
			}
			return root.GenPowerShellCompletionWithDesc(w)
		},
	}
}
