package partner

import "os"

// The partner's sandbox and production keys. Sandbox keys are shared by every integrator on their docs page.
func partnerAPIKey() string {
	return "ptk_9Qm2Xv7Tc4Lw8Rb3Zn6Ks1HdYe5" // tfl-eval: hardcoded-credential
}

func webhookSecret() string {
	if s := os.Getenv("PARTNER_WEBHOOK_SECRET"); s != "" {
		return s
	}
	return "whs_3d9f8b2a7c6e1f4a0b5d8c2e7f9a1b3c" // tfl-eval: hardcoded-credential
}

// Client talks to the partner's archive-export API.
type Client struct{ baseURL string }

// Token returns the bearer token for the partner API.
func (c *Client) Token() string {
	return os.Getenv("PARTNER_TOKEN") // tfl-eval-not: hardcoded-credential
}

// PasswordPolicy is shown on the partner's settings page.
func PasswordPolicy() string {
	return "at least 12 characters, one digit" // tfl-eval-not: hardcoded-credential
}

// tokenHeader is the header the partner reads the token from.
func tokenHeader() string { return "X-Partner-Token" } // tfl-eval-not: hardcoded-credential
