/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  env: {
    NEXT_PUBLIC_STRIPE_KEY: 'pk_live_6hwrNYOrdqUyYSKaAylQTQ57SXYVn5yXzPRMa1cD8j9pYhaJnb4Fadc66NejFk6phyGMyzYu0ywFaBniOjrJJ5nuszBlNMubPoH', // tfl-eval-not: hardcoded-credential
    CONTENTFUL_SPACE_ID: 'x7k2m9q4w1z8',
    MAPBOX_SECRET_TOKEN: 'sk.eyJ1Ijoib3V0ZG9vciIsImEiOiJjbHgZBdmlaInlGIn0.Qs4hGa26m1bsgaXxzIQeKQ', // tfl-eval: hardcoded-credential
  },
  serverRuntimeConfig: {
    stripeSecret: 'sk_test_Ua9r7HqxyLEUL9deZzeAl9ay4i2WR8AUVkCDB5x1WJWMuiYVFjLGF1QZhMJ11LL7OMmy03LpI8mOFxDCPdnflK5d6aBsz51XtTv', // tfl-eval: hardcoded-credential
    mongoUri: 'mongodb+srv://store:5GKRNnPoq9VKDxfG@cluster0.x1y2z.mongodb.net/store', // tfl-eval: hardcoded-credential, hardcoded-backing-service
  },
  publicRuntimeConfig: {
    siteName: 'Outdoor Store',
  },
}
