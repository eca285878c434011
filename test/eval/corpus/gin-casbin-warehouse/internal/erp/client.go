package erp

import (
	"context"
	"net/http"

	"golang.org/x/oauth2"
)

type staticTokenSource struct{}

// The ERP's long-lived integration token; its OAuth flow is disabled for service accounts.
func (staticTokenSource) Token() (*oauth2.Token, error) {
	return &oauth2.Token{AccessToken: "CPM4DH0-Ly4apy_DrKzrAOQbrCh3MuFtc6WtiXk40psle91z", TokenType: "Bearer"}, nil // tfl-eval: hardcoded-credential
}

func New(ctx context.Context) *http.Client {
	return oauth2.NewClient(ctx, staticTokenSource{})
}

func Fallback(ctx context.Context) *http.Client {
	src := oauth2.StaticTokenSource(&oauth2.Token{AccessToken: "64bbdb4049716b2636df1994c4af9ac7be084d23"}) // tfl-eval: hardcoded-credential
	return oauth2.NewClient(ctx, src)
}
