package auth

import (
	"context"
	"testing"

	"google.golang.org/grpc/metadata"
)

func TestRejectsMissingToken(t *testing.T) {
	ctx := metadata.NewIncomingContext(context.Background(), metadata.Pairs("authorization", "Bearer not-a-token")) // tfl-eval-not: hardcoded-credential
	if _, err := UnaryAuth(ctx, nil, nil, nil); err == nil {
		t.Fatal("expected rejection")
	}
}
