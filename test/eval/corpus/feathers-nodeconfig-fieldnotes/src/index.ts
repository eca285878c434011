import { app } from './app'

const port = app.get('port')
const host = app.get('host')

process.on('unhandledRejection', (reason) => console.error('Unhandled Rejection', reason))

app.listen(port).then((server) => {
  console.info(`Feathers app listening on http://${host}:${port}`)
  process.on('SIGTERM', () => server.close())
})
