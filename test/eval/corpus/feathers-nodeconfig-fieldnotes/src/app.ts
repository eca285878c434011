import { feathers } from '@feathersjs/feathers'
import configuration from '@feathersjs/configuration'
import { koa, rest, bodyParser, errorHandler } from '@feathersjs/koa'
import { postgresql } from './postgresql'
import { mongodb } from './mongodb'

const app = koa(feathers())

app.configure(configuration())
app.use(errorHandler())
app.use(bodyParser())
app.configure(rest())
app.configure(postgresql)
app.configure(mongodb)

export { app }
