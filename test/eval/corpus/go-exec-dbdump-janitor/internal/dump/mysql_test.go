package dump

import (
	"context"
	"os/exec"
	"testing"
)

func TestInteractivePrompts(t *testing.T) {
	cmd := Interactive(context.Background(), "tester")
	if cmd.Args[3] != "-p" {
		t.Fatalf("want a prompt, got %v", cmd.Args)
	}
	// The throwaway container from docker-compose.test.yml.
	_ = exec.Command("mysql", "-u", "root", "-ptest", "-e", "select 1") // tfl-eval-not: hardcoded-credential
}
