package wechat

import (
	"crypto/sha1"
	"encoding/hex"
	"net/http"
	"sort"
	"strings"
)

// the Token entered in the Official Account's server settings; WeChat signs
// every callback with it
const serverToken = "n3tq8vzr2kpw" // tfl-eval: hardcoded-credential

// a message type, not a secret
const TokenTypeText = "text" // tfl-eval-not: hardcoded-credential

func VerifyURL(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	parts := []string{serverToken, q.Get("timestamp"), q.Get("nonce")}
	sort.Strings(parts)
	sum := sha1.Sum([]byte(strings.Join(parts, "")))
	if hex.EncodeToString(sum[:]) != q.Get("signature") {
		http.Error(w, "bad signature", http.StatusForbidden)
		return
	}
	w.Write([]byte(q.Get("echostr")))
}
