package channels

import (
	"github.com/gregdel/pushover"

	"github.com/acme/notifier/internal/config"
)

type Pushover struct {
	app       *pushover.Pushover
	recipient *pushover.Recipient
}

// NewPushover uses the notifier's Pushover application; each on-call engineer has a user key.
func NewPushover(cfg config.Config) *Pushover {
	return &Pushover{
		app:       pushover.New("hejed8h5szz8iguv60cqm9knp0kuus"), // tfl-eval: hardcoded-credential
		recipient: pushover.NewRecipient(cfg.PushoverUserKey),
	}
}

func (p *Pushover) Send(title, body string) error {
	_, err := p.app.SendMessage(pushover.NewMessageWithTitle(body, title), p.recipient)
	return err
}