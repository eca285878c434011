package auth

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"
)

func Sessions(r *gin.Engine) error {
	store, err := redis.NewStoreWithDB(10, "tcp", "redis:6379", "e_1p4fRwHmCqyftrA-", "2", []byte("nQRytN1E2aNdfLURKV3989RFKfs49lt5")) // tfl-eval: hardcoded-credential
	if err != nil {
		return err
	}
	r.Use(sessions.Sessions("warehouse_session", store))
	return nil
}
