package partnertest

import (
	"net/http"
	"net/http/httptest"

	"github.com/tallyco/partner-sdk/partner"
)

// NewServer starts a fake API and a client that talks to it with throwaway credentials.
func NewServer(h http.Handler) (*httptest.Server, *partner.Client) {
	srv := httptest.NewServer(h)
	return srv, partner.New(partner.WithBaseURL(srv.URL), partner.WithAPIKey("test-api-key"), partner.WithBasicAuth("test", "test"))
}
