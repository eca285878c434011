package setting

// The cookie that carries the session token, and the key that signs it.
var (
	JwtKey    = "hx-jwt-key" // tfl-eval-not: hardcoded-credential
	JwtSecret = []byte("rJv7GuisbtFBv119gBu0-JNV") // tfl-eval: hardcoded-credential
)
