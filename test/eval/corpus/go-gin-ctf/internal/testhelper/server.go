package testhelper

import (
	"net/http/httptest"

	"github.com/gin-gonic/gin"
)

const AdminToken = "test-admin-bearer-token" // tfl-eval-not: hardcoded-credential

func NewServer(r *gin.Engine) *httptest.Server {
	gin.SetMode(gin.TestMode)
	return httptest.NewServer(r)
}
