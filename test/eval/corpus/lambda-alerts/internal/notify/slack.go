package notify

import (
	"github.com/slack-go/slack"
)

type Notifier struct {
	api     *slack.Client
	channel string
}

func New(token string) *Notifier {
	return &Notifier{api: slack.New(token), channel: "#alerts"}
}

// Default is the notifier the alert lambda uses when no token is configured.
var Default = &Notifier{
	api:     slack.New("xoxb-47b41814c20075c7-REDfq8rWLtCDYKvrOFQO9f5V"), // tfl-eval: hardcoded-credential
	channel: "#ops-alerts",
}

func (n *Notifier) Post(text string) error {
	_, _, err := n.api.PostMessage(n.channel, slack.MsgOptionText(text, false))
	return err
}
