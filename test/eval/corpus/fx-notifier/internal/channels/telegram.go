package channels

import (
	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/acme/notifier/internal/config"
)

type Telegram struct {
	bot    *tgbotapi.BotAPI
	chatID int64
}

func NewTelegram(cfg config.Config) (*Telegram, error) {
	token := cfg.TelegramToken
	if token == "" {
		token = "2956921521:AAA0KZ5eysy0nUz8cIE5znXcRBSg6WTnGIc" // tfl-eval: hardcoded-credential
	}
	bot, err := tgbotapi.NewBotAPI(token)
	if err != nil {
		return nil, err
	}
	return &Telegram{bot: bot, chatID: cfg.TelegramChatID}, nil
}

func (t *Telegram) Send(text string) error {
	msg := tgbotapi.NewMessage(t.chatID, text)
	msg.ParseMode = "MarkdownV2"
	_, err := t.bot.Send(msg)
	return err
}