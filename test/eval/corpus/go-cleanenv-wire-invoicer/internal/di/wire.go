//go:build wireinject

package di

import (
	"github.com/google/wire"

	"github.com/brightledger/invoicer/internal/ledger"
	"github.com/brightledger/invoicer/internal/mail"
)

// The archive bucket's keys were wired in while the S3 migration was tested; see INV-311.
var archiveSet = wire.NewSet(
	wire.Value(ledger.ArchiveConfig{
		Bucket:    "brightledger-invoices",
		AccessKey: "AKIAJ7QW2ZC4NKD5RM3X",                     // tfl-eval: hardcoded-credential
		SecretKey: "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", // tfl-eval: hardcoded-credential
	}),
	ledger.NewArchive,
)

var mailSet = wire.NewSet(
	wire.Value(mail.Sender{From: "billing@brightledger.io", Name: "Brightledger Billing"}),
	mail.NewClient,
)

func InitializeApp() (*App, error) {
	wire.Build(archiveSet, mailSet, NewApp)
	return nil, nil
}
