const { createApp } = require('./src/app')

createApp().then((app) => {
  const server = app.listen(process.env.PORT || 4000)
  process.on('SIGTERM', () => server.close())
})
