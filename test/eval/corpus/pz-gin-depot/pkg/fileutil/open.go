package fileutil

import (
	"fmt"
	"os"
)

// OpenLog makes the folder if need be and opens name in it for appending.
func OpenLog(dir, name string) (*os.File, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("mkdir %s: %w", dir, err)
	}
	return os.OpenFile(dir+"/"+name, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
}

// ReadAll reads a whole file.
func ReadAll(path string) ([]byte, error) {
	return os.ReadFile(path)
}
