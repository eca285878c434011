package model

type User struct {
	ID       uint
	Username string
}

type Authority struct {
	ID   uint
	Name string
}

type Menu struct {
	ID   uint
	Path string
}
