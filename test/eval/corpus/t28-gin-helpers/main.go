package main

import (
	"log"
	"net/http"
	"os"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
	"github.com/gorilla/securecookie"
)

// withSessions wires the cookie store; main calls it once before the router starts.
func withSessions(r *gin.Engine) {
	store := cookie.NewStore(securecookie.GenerateRandomKey(32)) // tfl-eval: per-process-secret
	store.Options(sessions.Options{Path: "/", HttpOnly: true})
	r.Use(sessions.Sessions("tasks", store))
}

func mountAPI(r *gin.Engine) {
	api := r.Group("/api")
	api.GET("/tasks", listTasks)
	api.POST("/preview-store", previewStore)
	attachAdmin(r)
}

// attachAdmin is two calls from main: mountAPI -> attachAdmin.
func attachAdmin(r *gin.Engine) {
	admin := r.Group("/admin")
	admin.Use(sessions.Sessions("admin", cookie.NewStore(securecookie.GenerateRandomKey(64)))) // tfl-eval: per-process-secret
}

// demoStore is only ever called from a request handler: a throwaway store per preview request.
func demoStore() sessions.Store {
	return cookie.NewStore(securecookie.GenerateRandomKey(32)) // tfl-eval-not: per-process-secret
}

// unusedStore is left from an old refactor and called from nowhere.
func unusedStore() sessions.Store {
	return cookie.NewStore(securecookie.GenerateRandomKey(32)) // tfl-eval-not: per-process-secret
}

func listTasks(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"tasks": []string{}})
}

func previewStore(c *gin.Context) {
	_ = demoStore()
	c.Status(http.StatusNoContent)
}

func main() {
	r := gin.Default()
	withSessions(r)
	mountAPI(r)
	port := os.Getenv("PORT")
	if err := r.Run(":" + port); err != nil { // tfl-eval: no-graceful-shutdown
		log.Fatal(err)
	}
}
