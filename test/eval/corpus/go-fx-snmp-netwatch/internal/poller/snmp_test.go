package poller

import "testing"

func TestWithOptions(t *testing.T) {
	g := WithOptions("127.0.0.1", Options{Community: "test-community"}) // tfl-eval-not: hardcoded-credential
	if g.Community != "test-community" {
		t.Fatal(g.Community)
	}
}
