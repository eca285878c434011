package ai

import (
	"context"
	"os"

	openai "github.com/sashabaranov/go-openai"
)

var client = openai.NewClient("sk-proj-buVFNELaFKpZPsEuN1bZih-l919dsScgkNs0USfFFJfQWkCpT3BlbkFJgkz9yF6bVZgPw-s6tqqov8_L6PqXHUCqtAOv_0hZFmKTEC-T") // tfl-eval: hardcoded-credential

var fallback = openai.NewClient(os.Getenv("OPENAI_API_KEY")) // tfl-eval-not: hardcoded-credential

func Caption(ctx context.Context, text string) (string, error) {
	resp, err := client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{
		Model:    openai.GPT4oMini,
		Messages: []openai.ChatCompletionMessage{{Role: openai.ChatMessageRoleUser, Content: "Write a short caption: " + text}},
	})
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}
