package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"time"
)

// sync copies the bucket listing once; Ctrl-C stops it between pages.
func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	for page := 1; page <= 10; page++ {
		select {
		case <-ctx.Done():
			fmt.Println("interrupted")
			return
		case <-time.After(200 * time.Millisecond):
			fmt.Printf("page %d\n", page)
		}
	}
}
