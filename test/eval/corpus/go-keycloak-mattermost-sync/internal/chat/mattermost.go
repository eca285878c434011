package chat

import (
	"context"

	"github.com/mattermost/mattermost/server/public/model"
)

// Client signs the sync bot in to Mattermost.
func Client(ctx context.Context) (*model.Client4, error) {
	c := model.NewAPIv4Client("https://chat.teamops.example")
	_, _, err := c.Login(ctx, "sync-bot", "tc4FplX9VdbBNYXVfeyT") // tfl-eval: hardcoded-credential
	return c, err
}

// BotClient uses a personal access token instead of a password.
func BotClient() *model.Client4 {
	c := model.NewAPIv4Client("https://chat.teamops.example")
	c.SetToken("OQUkhbZzgjvfIVYOHN7Vu4jTfL") // tfl-eval: hardcoded-credential
	return c
}
