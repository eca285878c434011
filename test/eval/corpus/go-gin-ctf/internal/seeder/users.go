package seeder

import (
	"golang.org/x/crypto/bcrypt"
	"gorm.io/gorm"

	"example.org/ginctf/internal/model"
)

// SeedUsers creates the players of the training round.
func SeedUsers(db *gorm.DB) error {
	hash, _ := bcrypt.GenerateFromPassword([]byte("round-one-admin"), bcrypt.DefaultCost) // tfl-eval-not: hardcoded-credential
	admin := model.User{Name: "admin", PasswordHash: string(hash), Role: "admin"}
	player := model.User{Name: "player", Password: "player-one-pw"} // tfl-eval-not: hardcoded-credential
	return db.Create(&[]model.User{admin, player}).Error
}
