package system

import (
	"errors"

	"golang.org/x/crypto/bcrypt"
)

var ErrPasswordWrong = errors.New("密码错误") // tfl-eval-not: hardcoded-credential

const defaultResetPassword = "123456" // tfl-eval-not: hardcoded-credential

type SysUser struct {
	Username string `json:"userName" gorm:"index;comment:用户登录名"`
	Password string `json:"-" gorm:"comment:用户登录密码"` // tfl-eval-not: hardcoded-credential
}

func ResetPassword(u *SysUser) error {
	hash, err := bcrypt.GenerateFromPassword([]byte(defaultResetPassword), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	u.Password = string(hash)
	return nil
}

func ChangePassword(u *SysUser, old, next string) error {
	if bcrypt.CompareHashAndPassword([]byte(u.Password), []byte(old)) != nil {
		return ErrPasswordWrong
	}
	hash, _ := bcrypt.GenerateFromPassword([]byte(next), bcrypt.DefaultCost)
	u.Password = string(hash)
	return nil
}
