package config

// defaults fill every key the TOML file leaves out.
var defaults = []struct {
	Key   string
	Value string
}{
	{"http.addr", ":8080"},
	{"db.host", "localhost"},
	{"db.user", "gateway"},
	{"db.password", "UE_M!IQRMr.XFxjaYQ"}, // tfl-eval: hardcoded-credential
	{"session.secret", "NgtJSYwRhUeqRjchaGlktHg1vo11MgCU"}, // tfl-eval: hardcoded-credential
	{"session.cookie", "gw_session"}, // tfl-eval-not: hardcoded-credential
	{"password.min_length", "12"}, // tfl-eval-not: hardcoded-credential
}

var envOverrides = map[string]string{
	"db.password":    "GATEWAY_DB_PASSWORD", // tfl-eval-not: hardcoded-credential
	"session.secret": "GATEWAY_SESSION_SECRET", // tfl-eval-not: hardcoded-credential
}
