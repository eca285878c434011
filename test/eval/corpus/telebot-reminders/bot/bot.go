package bot

import (
	"fmt"
	"time"

	tele "gopkg.in/telebot.v3"

	"github.com/remindly/telebot-reminders/storage"
)

func New(store *storage.Store) (*tele.Bot, error) {
	pref := tele.Settings{
		Token:  "7012345678:AAHq8Zr1Tn4Vb7Xm2Lk9Wp3Hc6Jd0Fs5Gqx", // tfl-eval: hardcoded-credential
		Poller: &tele.LongPoller{Timeout: 10 * time.Second},
	}
	b, err := tele.NewBot(pref)
	if err != nil {
		return nil, err
	}
	b.Handle("/remind", func(c tele.Context) error {
		at, text, err := parseReminder(c.Message().Payload)
		if err != nil {
			return c.Send("Usage: /remind 18:30 water the plants")
		}
		if err := store.Add(c.Chat().ID, at, text); err != nil {
			return err
		}
		return c.Send(fmt.Sprintf("Okay, I will remind you at %s", at.Format("15:04")))
	})
	return b, nil
}
