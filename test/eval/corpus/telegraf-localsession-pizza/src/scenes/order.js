const { Scenes, Markup } = require('telegraf')
const { Pool } = require('pg')

const pool = new Pool({ connectionString: process.env.DATABASE_URL }) // tfl-eval-not: hardcoded-backing-service
const SIZES = ['Small', 'Medium', 'Large'] // tfl-eval-not: memory-session-store

const orderWizard = new Scenes.WizardScene(
  'order-wizard',
  async (ctx) => {
    await ctx.reply('Which size?', Markup.keyboard(SIZES).oneTime())
    return ctx.wizard.next()
  },
  async (ctx) => {
    ctx.session.cart = [...(ctx.session.cart || []), { size: ctx.message.text }]
    await pool.query('INSERT INTO orders (chat_id, size) VALUES ($1, $2)', [ctx.chat.id, ctx.message.text])
    await ctx.reply('Added to your cart!')
    return ctx.scene.leave()
  }
)

module.exports = { orderWizard }
