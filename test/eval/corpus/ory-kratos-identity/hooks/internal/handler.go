package internal

import (
	"crypto/subtle"
	"encoding/json"
	"net/http"

	ory "github.com/ory/client-go"
)

// hookKey must match selfservice.flows.registration.after.password.hooks[].config.auth in kratos.yml.
const hookKey = "nHZVAetJnKedIUP63jNnT52kSN4DoKFNXYZ9PxwS" // tfl-eval: hardcoded-credential

type Handler struct {
	Admin *ory.APIClient
}

func NewAdminClient() *ory.APIClient {
	conf := ory.NewConfiguration()
	conf.Servers = ory.ServerConfigurations{{URL: "https://practical-kepler-abc123.projects.oryapis.com"}}
	conf.AddDefaultHeader("Authorization", "Bearer ory_pat_69wsGEWlEv20ZyIGFDYCvOiu7xmzKsWWm4MTXb0B") // tfl-eval: hardcoded-credential
	return ory.NewAPIClient(conf)
}

func (h *Handler) AfterRegistration(w http.ResponseWriter, r *http.Request) {
	if subtle.ConstantTimeCompare([]byte(r.Header.Get("X-Hook-Key")), []byte(hookKey)) != 1 { // tfl-eval-not: hardcoded-credential
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var body struct {
		IdentityID string `json:"identity_id"`
		Email      string `json:"email"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
