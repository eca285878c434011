package db

import (
	"encoding/base64"
	"fmt"
	"net/url"
	"os"
)

var dbPassword = url.QueryEscape("ghYVoOxeSW2tOvfo") // tfl-eval: hardcoded-credential

var apiToken = base64.StdEncoding.EncodeToString([]byte("SdrjoYi641cmwfr7")) // tfl-eval: hardcoded-credential

var envPassword = url.QueryEscape(os.Getenv("DB_PASSWORD")) // tfl-eval-not: hardcoded-credential

var searchTerm = url.QueryEscape("winter jackets") // tfl-eval-not: hardcoded-credential

func DSN() string {
	return fmt.Sprintf("postgres://app:%s@db.internal:5432/shop", dbPassword) // tfl-eval: hardcoded-backing-service
}

func Search() string {
	return "https://api.example.com/search?q=" + searchTerm + "&token=" + apiToken + envPassword
}
