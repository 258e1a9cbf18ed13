//go:build !linux

package tokenize

// hugePageTables is Linux-only; elsewhere the tables stay where they are.
func hugePageTables([]daNode, []int16) *hotTables { return nil }
