const algoliasearch = require('algoliasearch')

const client = algoliasearch('KX8Q2LMZ7P', '8718981f5676d01e1af681a4cb0fbded') // tfl-eval: hardcoded-credential
const index = client.initIndex('listings')

const searchOnly = algoliasearch('KX8Q2LMZ7P', process.env.ALGOLIA_SEARCH_KEY) // tfl-eval-not: hardcoded-credential

module.exports = { index, searchOnly }
