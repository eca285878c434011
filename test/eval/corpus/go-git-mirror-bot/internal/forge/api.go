package forge

import (
	"github.com/go-resty/resty/v2"
)

// New returns the Gitea API client of the mirror bot.
func New() *resty.Client {
	return resty.New().
		SetBaseURL("https://git.forge.internal/api/v1").
		SetAuthToken("123551d4055e2114698b986483c4ae72713df8a8"). // tfl-eval: hardcoded-credential
		SetHeader("Accept", "application/json")
}
