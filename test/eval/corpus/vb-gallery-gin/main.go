package main

import (
	"net/http"
	"os"
	"path/filepath"
	"sync"

	"github.com/gin-gonic/gin"
)

type Comment struct {
	Photo string `json:"photo"`
	Text  string `json:"text"`
}

var (
	lock     sync.Mutex
	comments []Comment // tfl-eval: memory-session-store
)

var galleryRoutes = []string{"/photos", "/comments"} // tfl-eval-not: memory-session-store

func main() {
	r := gin.Default()
	r.POST("/photos", func(c *gin.Context) {
		file, err := c.FormFile("photo")
		if err != nil {
			c.String(http.StatusBadRequest, "no photo")
			return
		}
		dst := "uploads/" + filepath.Base(file.Filename)
		if err := c.SaveUploadedFile(file, dst); err != nil { // tfl-eval: memory-session-store
			c.String(http.StatusInternalServerError, "save failed")
			return
		}
		c.JSON(http.StatusCreated, gin.H{"path": dst})
	})
	r.POST("/scans", func(c *gin.Context) {
		file, _ := c.FormFile("scan")
		dst := filepath.Join(os.Getenv("SCAN_DIR"), filepath.Base(file.Filename))
		_ = c.SaveUploadedFile(file, dst) // tfl-eval-not: memory-session-store
		c.Status(http.StatusAccepted)
	})
	r.POST("/comments", func(c *gin.Context) {
		var in Comment
		if err := c.BindJSON(&in); err != nil {
			return
		}
		lock.Lock()
		comments = append(comments, in)
		lock.Unlock()
		c.Status(http.StatusCreated)
	})
	r.GET("/comments", func(c *gin.Context) {
		lock.Lock()
		defer lock.Unlock()
		c.JSON(http.StatusOK, comments)
	})
	r.GET("/routes", func(c *gin.Context) {
		c.JSON(http.StatusOK, galleryRoutes)
	})
	r.Run() // tfl-eval: no-graceful-shutdown
}
