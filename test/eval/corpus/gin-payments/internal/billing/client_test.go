package billing

import "testing"

func TestAuthHeader(t *testing.T) {
	c := &PayPalClient{ClientID: "test-client", ClientSecret: "test-client-secret-123"}
	if c.ClientSecret == "" {
		t.Fatal("empty secret")
	}
	t.Setenv("JWT_SECRET", "unit-test-jwt-secret")
}
