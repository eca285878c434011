package sms

import (
	"context"
	"encoding/json"

	"github.com/aliyun/alibaba-cloud-sdk-go/services/dysmsapi"
	"github.com/gogf/gf/v2/frame/g"
)

const (
	regionID     = "cn-hangzhou"
	signName     = "GF内容管理"
	templateCode = "SMS_246745021"
)

type sSms struct{ client *dysmsapi.Client }

func New() *sSms {
	client, err := dysmsapi.NewClientWithAccessKey(regionID, "LTAI5tHx9cQwRk2mBv7YpLd3", "u8WvNq3Zr6TkYp1LcX9mHs2BfDa4Ge") // tfl-eval: hardcoded-credential
	if err != nil {
		panic(err)
	}
	return &sSms{client: client}
}

func (s *sSms) SendCode(ctx context.Context, mobile, code string) error {
	req := dysmsapi.CreateSendSmsRequest()
	req.Scheme = "https"
	req.PhoneNumbers = mobile
	req.SignName = signName
	req.TemplateCode = templateCode
	params, _ := json.Marshal(g.Map{"code": code})
	req.TemplateParam = string(params)
	_, err := s.client.SendSms(req)
	return err
}
