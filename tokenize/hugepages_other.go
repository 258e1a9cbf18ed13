//go:build !linux

package tokenize

// hugePageTables is Linux-only; elsewhere the tables stay where they are.
func hugePageTables(hotTables) *hotTables { return nil }
