package httpapi

import (
	"net/http/httptest"
	"testing"

	"github.com/go-chi/jwtauth/v5"
)

func TestItemsNeedToken(t *testing.T) {
	ta := jwtauth.New("HS256", []byte("test-secret"), nil) // tfl-eval-not: hardcoded-credential
	_, token, _ := ta.Encode(map[string]interface{}{"sub": "tester"})
	req := httptest.NewRequest("GET", "/items", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	_ = req
}
