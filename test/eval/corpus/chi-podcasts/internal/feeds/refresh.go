package feeds

import (
	"context"
	"fmt"
	"time"

	"github.com/mmcdole/gofeed"
)

const userAgent = "podcasts-bot/1.0 (+https://podcasts.example.com/bot)"

var parser = gofeed.NewParser()

func Refresh(ctx context.Context, url string) error {
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	parser.UserAgent = userAgent
	feed, err := parser.ParseURLWithContext(url, ctx)
	if err != nil {
		return fmt.Errorf("parse %s: %w", url, err)
	}
	_ = feed.Items
	return nil
}
