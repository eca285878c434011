package storage

import (
	"context"
	"testing"
)

func TestNewAcceptsStaticKeys(t *testing.T) {
	client, err := New(context.Background(), "http://localhost:9000", "minioadmin", "minioadmin") // tfl-eval-not: hardcoded-credential
	if err != nil {
		t.Fatal(err)
	}
	if client.s3 == nil {
		t.Fatal("no s3 client")
	}
}
