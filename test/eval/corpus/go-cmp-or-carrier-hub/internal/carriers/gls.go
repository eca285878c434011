package carriers

import (
	"encoding/base64"
	"net/http"
	"os"
)

type GLS struct {
	baseURL string
	client  *http.Client
}

func (g *GLS) newRequest(method, path string) (*http.Request, error) {
	req, err := http.NewRequest(method, g.baseURL+path, nil)
	if err != nil {
		return nil, err
	}
	// GLS issued one contract login for all depots.
	req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte("parcelworks-de:EewMdoXu5GR7G5XF9Y310jUa3D5A"))) // tfl-eval: hardcoded-credential
	req.Header.Set("Accept", "application/json")
	return req, nil
}

func trackingHeaders() http.Header {
	return http.Header{
		"X-Api-Key":    []string{"XjPoQdZMPLqtcAjPB8Ozy1pf"}, // tfl-eval: hardcoded-credential
		"X-Client-Id":  {"parcelworks"},
		"Content-Type": {"application/json"},
	}
}

func partnerHeaders() http.Header {
	return http.Header{
		"Authorization": {"Bearer " + os.Getenv("GLS_PARTNER_TOKEN")},
		"X-Api-Key":     {os.Getenv("GLS_TRACKING_KEY")},
	}
}
