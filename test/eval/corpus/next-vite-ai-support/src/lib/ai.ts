import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";
import { AzureKeyCredential, TextAnalyticsClient } from "@azure/ai-text-analytics";

export const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });  // tfl-eval-not: hardcoded-credential
export const anthropic = new Anthropic({ apiKey: "sk-ant-api03-TL19sWG6KSXMJHDa74Wz5iMt2mjyaU-heXVwsuGBxtmhw45ltLGcFeWmo2IMxJ6RJfMDHc0qOEq_j9HajbKQHbzGEHuZsAA" });  // tfl-eval: hardcoded-credential
export const language = new TextAnalyticsClient(
  "https://support-lang.cognitiveservices.azure.com/",
  new AzureKeyCredential("14ab33a032674e88dd73e3a9682a45b6"),  // tfl-eval: hardcoded-credential
);
