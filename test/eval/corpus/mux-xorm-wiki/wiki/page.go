package wiki

import "time"

type Page struct {
	ID      int64     `xorm:"pk autoincr"`
	Slug    string    `xorm:"unique notnull"`
	Title   string    `xorm:"notnull"`
	Body    string    `xorm:"text"`
	Updated time.Time `xorm:"updated"`
}
