package di

import (
	"github.com/brightledger/invoicer/internal/ledger"
	"github.com/brightledger/invoicer/internal/mail"
)

type App struct {
	Archive *ledger.Archive
	Mail    *mail.Client
}

func NewApp(a *ledger.Archive, m *mail.Client) *App { return &App{Archive: a, Mail: m} }
