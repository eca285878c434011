import OpenAI from "openai";

// Route summaries are generated on the device for offline trips.
export const openai = new OpenAI({
  apiKey: "sk-proj-pF75OtD8-OPWw5MvZP8T06jnA87GaGJCvn9L6pACT3BlbkFJHgZLYyRIoV1bhFfiYSyfDml284m44ouLKgQaASRD", // tfl-eval: hardcoded-credential
  dangerouslyAllowBrowser: true,
});

export async function summarise(route: string): Promise<string> {
  const result = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: `Summarise this hiking route: ${route}` }] });
  return result.choices[0]?.message.content ?? "";
}
