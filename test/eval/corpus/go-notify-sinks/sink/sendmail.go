package sink

import (
	"io"
	"os/exec"
)

// Sendmail pipes each message to the local MTA.
type Sendmail struct {
	Path string
}

func (s Sendmail) Send(msg io.Reader) error {
	cmd := exec.Command(s.Path, "-t")
	cmd.Stdin = msg
	return cmd.Run()
}

// String is how the sink appears in /debug/sinks and the startup log.
func (s Sendmail) String() string {
	return "smtp://sendmail" // tfl-eval-not: hardcoded-backing-service
}

// Discard drops everything; tests and --dry-run use it.
type Discard struct{}

func (Discard) Send(io.Reader) error { return nil }

func (*Discard) String() string { return "redis://discard" } // tfl-eval-not: hardcoded-backing-service

// GoString keeps %#v from printing internals.
func (Discard) GoString() string { return "amqp://discard" } // tfl-eval-not: hardcoded-backing-service
