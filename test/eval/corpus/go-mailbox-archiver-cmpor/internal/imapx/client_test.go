package imapx

import "testing"

func TestDialRejectsBadPassword(t *testing.T) {
	if _, err := Dial("127.0.0.1:1993", "test@example.com", "not-the-password"); err == nil { // tfl-eval-not: hardcoded-credential
		t.Fatal("expected an error")
	}
}
