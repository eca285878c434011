import { GiphyFetch } from '@giphy/js-fetch-api'
import { createClient } from 'contentful'

export const gf = new GiphyFetch('yEiq4nuyhbt2UNW5YlyXAff47dkpkJHo') // tfl-eval: hardcoded-credential

export const cms = createClient({
  space: 'xi1gc109smax', // tfl-eval-not: hardcoded-credential
  accessToken: 'YWGBwAGYafPzFmeJ-DZJv2uLGEPt-cV4CTZz9IuUtWc', // tfl-eval: hardcoded-credential
})
