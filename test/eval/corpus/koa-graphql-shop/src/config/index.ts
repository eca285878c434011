import convict from 'convict'

const config = convict({
  env: { doc: 'Environment', format: ['production', 'development', 'test'], default: 'development', env: 'NODE_ENV' },
  db: {
    url: { doc: 'Postgres URL', format: String, default: 'postgres://shop:vksTVALbPJiAvZwoU0uf@shop-db.internal:5432/shop', env: 'DATABASE_URL' }, // tfl-eval: hardcoded-credential, hardcoded-backing-service
  },
  jwt: {
    secret: { doc: 'JWT signing secret', format: String, default: 'gX5bfF3riuaqr0AyQWfVO9bOdi4b186pKHhtn1OKHkc=', env: 'JWT_SECRET', sensitive: true }, // tfl-eval: hardcoded-credential
    expiresIn: { doc: 'Token lifetime', format: String, default: '1h' },
  },
  paypal: {
    clientId: { doc: 'PayPal client id', format: String, default: '', env: 'PAYPAL_CLIENT_ID' }, // tfl-eval-not: hardcoded-credential
    clientSecret: { doc: 'PayPal client secret', format: String, default: 'EymkAETuzJKSeNdIulBuaR6Bd3ItBK4QeXimZKO9kFpkYQ0ucWqNv5niP0AG2bQhvhtljsTY3bgHrHIF', env: 'PAYPAL_CLIENT_SECRET', sensitive: true }, // tfl-eval: hardcoded-credential
  },
})

config.validate({ allowed: 'strict' })
export default config
