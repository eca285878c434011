package web

import "net/http"

type Anmeldung struct {
	Benutzer string
	Passwort string
}

func leseAnmeldung(r *http.Request) Anmeldung {
	return Anmeldung{
		Benutzer: r.FormValue("benutzer"),
		Passwort: r.FormValue("passwort"), // tfl-eval-not: hardcoded-credential
	}
}

var hinweise = map[string]string{
	"passwort": "Das Passwort muss mindestens zwölf Zeichen lang sein.", // tfl-eval-not: hardcoded-credential
}
