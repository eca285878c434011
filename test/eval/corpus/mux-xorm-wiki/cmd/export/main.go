// Command export writes every page to a JSON file for the yearly archive (run by hand).
package main

import (
	"encoding/json"
	"os"

	_ "github.com/go-sql-driver/mysql"
	"github.com/sirupsen/logrus"
	"xorm.io/xorm"

	"example.org/teamwiki/wiki"
)

func main() {
	logrus.SetOutput(os.Stderr) // tfl-eval-not: file-logger
	engine, err := xorm.NewEngine("mysql", os.Getenv("WIKI_DSN"))
	if err != nil {
		logrus.Fatal(err)
	}
	var pages []wiki.Page
	if err := engine.Find(&pages); err != nil {
		logrus.Fatal(err)
	}
	out, err := os.Create(os.Args[1]) // tfl-eval-not: file-logger
	if err != nil {
		logrus.Fatal(err)
	}
	defer out.Close()
	_ = json.NewEncoder(out).Encode(pages)
}
