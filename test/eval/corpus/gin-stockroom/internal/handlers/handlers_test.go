package handlers

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/gin-gonic/gin"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

func TestListItems(t *testing.T) {
	db, err := gorm.Open(postgres.Open("host=localhost user=stockroom dbname=stockroom_test sslmode=disable"), &gorm.Config{}) // tfl-eval-not: hardcoded-backing-service
	if err != nil {
		t.Skip("no database")
	}
	db.AutoMigrate(&struct{ ID uint }{}) // tfl-eval-not: startup-migration
	r := gin.New()
	r.GET("/items", New(db).ListItems)
	w := httptest.NewRecorder()
	r.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/items", nil))
	if w.Code != http.StatusOK {
		t.Fatalf("status %d", w.Code)
	}
}
