package pay

import (
	"os"

	"github.com/objcoding/wxpay"
)

func Client() *wxpay.Client {
	account := wxpay.NewAccount(
		"wxd1c2e0f8a9b37465",
		"1493320481",
		"iRFouy5Mdjn9AOmoCKTMeClcF4HqsIR3", // tfl-eval: hardcoded-credential
		false,
	)
	return wxpay.NewClient(account)
}

func ClientFromEnv() *wxpay.Client {
	account := wxpay.NewAccount(os.Getenv("WX_APP_ID"), os.Getenv("WX_MCH_ID"), os.Getenv("WX_API_KEY"), false)
	return wxpay.NewClient(account)
}
