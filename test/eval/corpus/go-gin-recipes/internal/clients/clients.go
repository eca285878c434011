package clients

import (
	"bytes"
	"net/http"

	"github.com/go-resty/resty/v2"
	"golang.org/x/oauth2"
)

func Nutrition() *resty.Client {
	return resty.New().SetBaseURL("https://api.nutritionix.example").SetAuthToken("dqOiQvNfeC63HxRe3fKk4FaVYJUmmH06") // tfl-eval: hardcoded-credential
}

func Spoonacular() *http.Request {
	body := bytes.NewBufferString(`{"username":"recipes","password":"Iqcsm50%V4Or"}`) // tfl-eval: hardcoded-credential
	req, _ := http.NewRequest(http.MethodPost, "https://api.spoonacular.example/login", body)
	return req
}

func Drive() oauth2.TokenSource {
	return oauth2.StaticTokenSource(&oauth2.Token{AccessToken: "ya29.6hay0GHvocwdd6KIbpkFd1mGLF5sd0LpG6ygqFhttZkR1cxlxVPhsNvkFfHKqTQD"}) // tfl-eval: hardcoded-credential
}
