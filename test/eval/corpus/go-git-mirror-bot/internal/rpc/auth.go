package rpc

import (
	"context"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
)

// staticToken attaches the scheduler's bearer token to every call.
type staticToken struct {
	token string
}

func (s staticToken) GetRequestMetadata(context.Context, ...string) (map[string]string, error) {
	return map[string]string{"authorization": "Bearer " + s.token}, nil
}

func (staticToken) RequireTransportSecurity() bool { return false }

// Dial connects to the scheduler.
func Dial(addr string) (*grpc.ClientConn, error) {
	return grpc.Dial(addr,
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithPerRPCCredentials(staticToken{token: "49e7a7a02ad522f588ec778146eff1b8bcc37969"}), // tfl-eval: hardcoded-credential
	)
}
