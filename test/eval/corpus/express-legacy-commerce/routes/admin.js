const router = require('express').Router()
const basicAuth = require('express-basic-auth')

router.use(basicAuth({ users: { admin: 'mDMQCv*xGK9hDK' }, challenge: true })) // tfl-eval: hardcoded-credential

router.get('/', (req, res) => res.send('Admin'))
module.exports = router
