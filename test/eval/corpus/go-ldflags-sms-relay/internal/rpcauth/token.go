package rpcauth

import (
	"context"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
)

// staticToken implements credentials.PerRPCCredentials for the tracking service.
type staticToken struct{ token string }

func (s staticToken) GetRequestMetadata(ctx context.Context, uri ...string) (map[string]string, error) {
	return map[string]string{"authorization": "Bearer " + s.token}, nil // tfl-eval-not: hardcoded-credential
}

func (staticToken) RequireTransportSecurity() bool { return false }

// DialTracking opens the tracking service connection.
func DialTracking(addr string) (*grpc.ClientConn, error) {
	return grpc.Dial(addr,
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithPerRPCCredentials(staticToken{token: "F2lRMhYhJ6U2nSGay5eQQEb0qGLyHIRe"}), // tfl-eval: hardcoded-credential
	)
}
