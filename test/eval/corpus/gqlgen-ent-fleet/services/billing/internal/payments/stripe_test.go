package payments

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"testing"
)

const testWebhookSecret = "whsec_test_0123456789abcdef"

func sign(payload []byte, secret string) string {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(payload)
	return hex.EncodeToString(mac.Sum(nil))
}

func TestSignatureIsStable(t *testing.T) {
	got := sign([]byte(`{"id":"evt_1"}`), testWebhookSecret)
	if len(got) != 64 {
		t.Fatalf("unexpected signature length %d", len(got))
	}
}

func TestNewClient(t *testing.T) {
	if NewClient("sk_test_fake") == nil {
		t.Fatal("nil client")
	}
}
