package mapfile

import (
	"fmt"
	"os"
	"syscall"
)

// fileIdentity is what changes when a file is written, replaced or cut: its device, inode and
// change time (ctime, which no program can set back).
func fileIdentity(info os.FileInfo) string {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return ""
	}
	sec, nsec := st.Ctim.Unix()
	return fmt.Sprintf("dev %d ino %d ctime %d.%09d", st.Dev, st.Ino, sec, nsec)
}
