//go:build unix

package tla2tools

import (
	"os/exec"
	"syscall"
)

// killProcessGroupOnCancel starts the command in its own process group and
// makes cancelling it kill the whole group: java may start helpers that
// would otherwise outlive it.
func killProcessGroupOnCancel(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error {
		return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
}
