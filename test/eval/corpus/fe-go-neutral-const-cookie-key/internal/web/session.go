package web

import (
	"net/http"

	"github.com/gorilla/sessions"

	"example.org/guestbook/internal/conf"
)

var store = sessions.NewCookieStore([]byte(conf.Salt))

func Current(r *http.Request) (*sessions.Session, error) {
	return store.Get(r, conf.AppName+"-"+conf.Theme)
}
