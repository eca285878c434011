package labs

import (
	"net/http"
	"net/url"
	"strings"
)

func TokenRequest() (*http.Request, error) {
	form := url.Values{
		"grant_type":    {"client_credentials"},
		"client_id":     {"clinic-portal"},
		"client_secret": {"QwpXQOD96VRdC1OmJKqKq2JT9FjI53g8"}, // tfl-eval: hardcoded-credential
	}
	return http.NewRequest(http.MethodPost, "https://auth.labcorp.example/oauth/token", strings.NewReader(form.Encode()))
}

func Results(patient string) (*http.Request, error) {
	q := url.Values{}
	q.Set("patient", patient)
	q.Set("api_key", "f9a2b49e5cd8f0964eb66b547f4fafbc") // tfl-eval: hardcoded-credential
	req, err := http.NewRequest(http.MethodGet, "https://api.labcorp.example/results?"+q.Encode(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Add("X-Clinic-Token", "jL36529ezhW1hIKR1WiblIkOfKgXBJs9") // tfl-eval: hardcoded-credential
	return req, nil
}
