package model

import "gorm.io/gorm"

type Coupon struct {
	gorm.Model
	Code       string `gorm:"uniqueIndex;size:32"`
	SecretHash string `gorm:"size:64"`
}

type Redemption struct {
	gorm.Model
	CouponID uint
	UserID   string
}
