package ledger

type Book struct{ dsn string }

func Open(dsn string) *Book { return &Book{dsn: dsn} }

func (b *Book) Name() string { return "ledger" }
