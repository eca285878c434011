package main

import (
	"example.com/shop/dal"
	"example.com/shop/utils"
)

func seedDemoUsers() {
	h, _ := utils.HashingPassword("admin") // tfl-eval-not: hardcoded-credential
	dal.CreateUser("admin", h)
	g, _ := utils.HashPassword("guest123") // tfl-eval-not: hardcoded-credential
	dal.CreateUser("guest", g)
}
