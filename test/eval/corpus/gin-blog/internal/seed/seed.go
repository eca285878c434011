package seed

import "gorm.io/gorm"

type User struct {
	Email    string
	Password string
	Role     string
}

// Demo accounts for a fresh local database.
var demoUsers = []User{
	{Email: "admin@blog.local", Password: "admin123", Role: "admin"}, // tfl-eval-not: hardcoded-credential
	{Email: "editor@blog.local", Password: "editor123", Role: "editor"}, // tfl-eval-not: hardcoded-credential
}

func Run(db *gorm.DB) error {
	return db.Create(&demoUsers).Error
}
