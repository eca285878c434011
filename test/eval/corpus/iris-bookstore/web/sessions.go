package web

import (
	"time"

	"github.com/gorilla/securecookie"
	"github.com/kataras/iris/v12/sessions"
)

var (
	// AES-256 needs 32 bytes; the hash key signs, the block key encrypts.
	hashKey  = []byte("ZJmmW4bv8EiZbetUCZM3Vhpz2K5A2pPbm2g49l1FdtJWryegGcIzY7OL") // tfl-eval: hardcoded-credential
	blockKey = []byte("gq8Ig9ejCZGzrtO4Cdn71jOSvDtfnwgL")                         // tfl-eval: hardcoded-credential
	cookie   = securecookie.New(hashKey, blockKey)
)

func NewSessions() *sessions.Sessions {
	return sessions.New(sessions.Config{
		Cookie:       "bookstore_session", // tfl-eval-not: hardcoded-credential
		Expires:      12 * time.Hour,
		Encoding:     cookie,
		AllowReclaim: true,
	})
}
