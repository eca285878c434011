import { Telegraf, Markup } from 'telegraf'
import { Analytics } from '@segment/analytics-node'
import OpenAI from 'openai'
import { answerFaq } from './faq'

const bot = new Telegraf('6364050754:AA4FmtA0vWbRrka7VJ-GKNZavy2ZoWDNZs5') // tfl-eval: hardcoded-credential
const analytics = new Analytics({ writeKey: 'zrsCDqASx264kGi089RNka1YBEZCqDdT' }) // tfl-eval: hardcoded-credential
const openai = new OpenAI({ apiKey: 'sk-proj-KwHSLSm6wis_v8puPXucy-ImsOJvz2vQOre7xUcjYDx89gbO' }) // tfl-eval: hardcoded-credential

const ADMIN_CHAT_ID = 184467332
const BOT_USERNAME = 'concierge_hotel_bot' // tfl-eval-not: hardcoded-credential

bot.start((ctx) => {
  analytics.track({ userId: String(ctx.from.id), event: 'bot_started' })
  return ctx.reply('Welcome! How can I help with your stay?', Markup.keyboard([['Wi-Fi password', 'Checkout time']]).resize()) // tfl-eval-not: hardcoded-credential
})

bot.hears('Wi-Fi password', (ctx) => ctx.reply('Ask the front desk for today\'s Wi-Fi password.')) // tfl-eval-not: hardcoded-credential

bot.on('text', async (ctx) => {
  const faq = answerFaq(ctx.message.text)
  if (faq) return ctx.reply(faq)
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: ctx.message.text }],
  })
  await ctx.reply(completion.choices[0]?.message.content ?? 'Sorry, I did not get that.')
  if (ctx.chat.id === ADMIN_CHAT_ID) await ctx.reply('(admin) answered by the model')
})

bot.launch()
