package channels

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"

	"github.com/acme/notifier/internal/config"
)

// The partner portal still verifies with the key it was given at onboarding.
var partnerSigningKey = []byte("wkbZAfLt4rjLhxifigmy37PoKBOHl41J") // tfl-eval: hardcoded-credential

type WebhookSigner struct{ secret []byte }

func NewWebhookSigner(cfg config.Config) *WebhookSigner {
	return &WebhookSigner{secret: []byte(cfg.WebhookSecret)}
}

func (s *WebhookSigner) Sign(body []byte) string {
	mac := hmac.New(sha256.New, s.secret)
	mac.Write(body)
	return hex.EncodeToString(mac.Sum(nil))
}

func SignForPartner(body []byte) string {
	mac := hmac.New(sha256.New, partnerSigningKey)
	mac.Write(body)
	return "sha256=" + hex.EncodeToString(mac.Sum(nil))
}