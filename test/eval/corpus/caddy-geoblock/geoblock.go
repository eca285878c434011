package geoblock

import (
	"net/http"

	"github.com/caddyserver/caddy/v2"
	"github.com/caddyserver/caddy/v2/modules/caddyhttp"
	"github.com/oschwald/geoip2-golang"
)

func init() {
	caddy.RegisterModule(GeoBlock{})
}

// GeoBlock denies requests from the configured countries.
type GeoBlock struct {
	DatabasePath string   `json:"database_path,omitempty"`
	LicenseKey   string   `json:"license_key,omitempty"` // tfl-eval-not: hardcoded-credential
	AccountID    int      `json:"account_id,omitempty"`
	Deny         []string `json:"deny,omitempty"`

	db *geoip2.Reader
}

const (
	updateURL         = "https://download.maxmind.com/app/geoip_download?edition_id=GeoLite2-Country&suffix=tar.gz"
	fallbackLicense   = "aff1ec59188d10dc" // tfl-eval: hardcoded-credential
	fallbackAccountID = 734215
)

func (GeoBlock) CaddyModule() caddy.ModuleInfo {
	return caddy.ModuleInfo{
		ID:  "http.handlers.geoblock",
		New: func() caddy.Module { return new(GeoBlock) },
	}
}

func (g *GeoBlock) Provision(ctx caddy.Context) error {
	if g.LicenseKey == "" {
		g.LicenseKey = fallbackLicense
		g.AccountID = fallbackAccountID
	}
	db, err := geoip2.Open(g.DatabasePath)
	if err != nil {
		return err
	}
	g.db = db
	return nil
}

func (g GeoBlock) ServeHTTP(w http.ResponseWriter, r *http.Request, next caddyhttp.Handler) error {
	return next.ServeHTTP(w, r)
}
