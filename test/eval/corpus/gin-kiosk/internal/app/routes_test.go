package app

import (
	"testing"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/memstore"
	"github.com/gin-gonic/gin"
)

func TestCheckoutEmptiesBasket(t *testing.T) {
	r := gin.New()
	r.Use(sessions.Sessions("test", memstore.NewStore([]byte("test"))))
	Register(r, nil)
	baskets["k1"] = []int64{250}
	if len(baskets["k1"]) != 1 {
		t.Fatal("basket not filled")
	}
}
