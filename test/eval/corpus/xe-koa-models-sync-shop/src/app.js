const Koa = require('koa')
const Router = require('koa-router')
const models = require('./models')

const app = new Koa()
const router = new Router()
router.get('/products', async (ctx) => { ctx.body = await models.Product.findAll() })
app.use(router.routes())

models.sync().then(() => { // tfl-eval: startup-migration
  const server = app.listen(process.env.PORT || 3000)
  process.on('SIGTERM', () => server.close())
})
