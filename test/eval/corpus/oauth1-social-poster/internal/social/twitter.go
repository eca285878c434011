package social

import (
	"net/http"

	"github.com/dghubble/oauth1"
)

// The poster account's app and user tokens (OAuth 1.0a, user context).
func TwitterClient() *http.Client {
	config := oauth1.NewConfig("Na0qablzju0cxSbSefijl1e3c", "SQ1ZhpKqhMq1VMyFPM1FtkoWO3PBIIPElaeclhFt8Manf6TJ3r") // tfl-eval: hardcoded-credential
	token := oauth1.NewToken("1458936210963056021-8tPZru05yyGEyJ8wttaRj3PQGBtS3i", "aMPh9WGZlBRKT9daIiXcMcZSc9qPLshQ074pWrKvXbiE6") // tfl-eval: hardcoded-credential
	return config.Client(oauth1.NoContext, token)
}

// ShareIntent builds the public share link; nothing secret.
func ShareIntent(text string) string {
	return "https://twitter.com/intent/tweet?text=" + text // tfl-eval-not: hardcoded-credential
}
