package tracking

import (
	"net/http"
	"os"
)

// Partner portals call tracking with a shared key; the carrier's EDI bridge uses its own.
var partnerKeys = map[string]string{
	"maersk-edi":  "pk_9Qm2Lx7Vt4Rz8Wn3Bc6Yh1Jd", // tfl-eval: hardcoded-credential
	"portal-web":  os.Getenv("PORTAL_TRACKING_KEY"),
}

const apiKeyHeader = "X-Tracking-Key" // tfl-eval-not: hardcoded-credential

func authorized(r *http.Request) bool {
	key := r.Header.Get(apiKeyHeader)
	for _, k := range partnerKeys {
		if k != "" && k == key {
			return true
		}
	}
	return false
}
