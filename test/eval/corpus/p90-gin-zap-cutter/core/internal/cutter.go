package internal

import (
	"os"
	"path/filepath"
	"sync"
	"time"
)

// Cutter is an io.Writer that writes each level to its own file, one folder a day:
// <director>/<2006-01-02>/<level>.log
type Cutter struct {
	level    string
	layout   string
	director string
	file     *os.File
	mutex    *sync.Mutex
}

func NewCutter(director, level, layout string) *Cutter {
	return &Cutter{level: level, layout: layout, director: director, mutex: new(sync.Mutex)}
}

func (c *Cutter) Write(p []byte) (n int, err error) {
	c.mutex.Lock()
	defer func() {
		if c.file != nil {
			_ = c.file.Close()
			c.file = nil
		}
		c.mutex.Unlock()
	}()
	parts := []string{c.director}
	if c.layout != "" {
		parts = append(parts, time.Now().Format(c.layout))
	}
	filename := filepath.Join(append(parts, c.level+".log")...)
	if err = os.MkdirAll(filepath.Dir(filename), os.ModePerm); err != nil {
		return 0, err
	}
	c.file, err = os.OpenFile(filename, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644) // tfl-eval: file-logger
	if err != nil {
		return 0, err
	}
	return c.file.Write(p)
}
