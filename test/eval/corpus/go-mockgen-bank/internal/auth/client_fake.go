package auth

// fakeIssuer signs tokens for the handler tests without a key server.
type fakeIssuer struct{}

const fakeSigningKey = "fake-issuer-signing-key" // tfl-eval-not: hardcoded-credential

func (fakeIssuer) Issue(subject string) string { return subject + "." + fakeSigningKey[:4] }
