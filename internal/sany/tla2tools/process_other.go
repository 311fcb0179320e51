//go:build !unix

package tla2tools

import "os/exec"

// killProcessGroupOnCancel keeps exec's default on systems without process
// groups: cancelling kills the java process itself.
func killProcessGroupOnCancel(*exec.Cmd) {}
