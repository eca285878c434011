package main

import (
	"fmt"
	"os"

	"github.com/acme-fin/ledger/pkg/ledger"
)

func main() {
	book := ledger.Open(os.Getenv("LEDGER_DSN"))
	fmt.Println(book.Name())
}
