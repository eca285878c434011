package web

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net/http"

	"github.com/gorilla/sessions"
)

func Routes(store *sessions.CookieStore) *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/cart", func(w http.ResponseWriter, r *http.Request) {
		sess, _ := store.Get(r, "shop")
		csrf := make([]byte, 16)
		_, _ = rand.Read(csrf) // tfl-eval-not: per-process-secret
		sess.Values["csrf"] = hex.EncodeToString(csrf)
		_ = sess.Save(r, w)
		nonce := make([]byte, 12)
		_, _ = rand.Read(nonce) // tfl-eval-not: per-process-secret
		_ = json.NewEncoder(w).Encode(map[string]string{"nonce": hex.EncodeToString(nonce)})
	})
	return mux
}
