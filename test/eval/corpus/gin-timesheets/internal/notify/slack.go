package notify

import "github.com/slack-go/slack"

// Weekly reminder for people who have not filled in their timesheet.
const slackToken = "xoxb-825661921582-5911651542132-hFoqtT5bSMQsao3R7fy9gRXb" // tfl-eval: hardcoded-credential

func Remind(channel, text string) error {
	client := slack.New(slackToken)
	_, _, err := client.PostMessage(channel, slack.MsgOptionText(text, false))
	return err
}
