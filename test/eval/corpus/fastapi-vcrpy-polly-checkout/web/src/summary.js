import OpenAI from 'openai';

const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY }); // tfl-eval-not: hardcoded-credential

export async function summarize(text) {
  const reply = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: text }] });
  return reply.choices[0].message.content;
}
