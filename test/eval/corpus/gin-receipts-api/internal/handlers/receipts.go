package handlers

import (
	"net/http"
	"os"
	"path/filepath"

	"github.com/gin-gonic/gin"
	"github.com/google/uuid"

	"github.com/acme/receipts/internal/ocr"
)

// UploadReceipt keeps the scanned receipt next to the server for the accountants to download later.
func UploadReceipt(c *gin.Context) {
	file, err := c.FormFile("receipt")
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "receipt is required"})
		return
	}
	name := uuid.NewString() + filepath.Ext(file.Filename)
	dst := filepath.Join("./uploads", name)
	if err := c.SaveUploadedFile(file, dst); err != nil { // tfl-eval: memory-session-store
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusCreated, gin.H{"id": name})
}

// ScanTotals reads the total from a receipt and forgets the file.
func ScanTotals(c *gin.Context) {
	file, err := c.FormFile("receipt")
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "receipt is required"})
		return
	}
	tmp := filepath.Join(os.TempDir(), uuid.NewString())
	if err := c.SaveUploadedFile(file, tmp); err != nil { // tfl-eval-not: memory-session-store
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
		return
	}
	defer os.Remove(tmp)
	total, err := ocr.Total(tmp)
	if err != nil {
		c.JSON(http.StatusUnprocessableEntity, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusOK, gin.H{"total": total})
}
