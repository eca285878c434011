const config = require('config');
const Koa = require('koa');
const nodemailer = require('nodemailer');

const transport = nodemailer.createTransport({
  host: config.get('smtp.host'),
  auth: { user: config.get('smtp.user'), pass: config.get('smtp.password') },
});

const app = new Koa();
app.use(async (ctx) => {
  await transport.sendMail({ from: config.get('from'), to: ctx.query.to, subject: 'ping', text: 'pong' });
  ctx.body = 'sent';
});
app.listen(process.env.PORT); // tfl-eval: no-graceful-shutdown
