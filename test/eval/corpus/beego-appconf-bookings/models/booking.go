package models

import (
	"time"

	"github.com/beego/beego/v2/client/orm"
)

type Booking struct {
	Id       int
	Guest    string `orm:"size(120)"`
	Room     string `orm:"size(20)"`
	Arrival  time.Time
	Nights   int
}

func init() {
	orm.RegisterModel(new(Booking))
}
