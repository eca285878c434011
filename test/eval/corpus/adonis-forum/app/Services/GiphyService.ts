import { GiphyFetch } from '@giphy/js-fetch-api'
import Mux from '@mux/mux-node'

const gf = new GiphyFetch('imuOV42h0FX6TMzr2qgqlCSiXOzfXDoO') // tfl-eval: hardcoded-credential

const mux = new Mux({
  tokenId: '07680d69-dca4-4d59-8e1e-699481465e84',
  tokenSecret: 'OI9WlfVrSb2pjbQBh4fK0pFN6T2+dlDCMDLpwkbS', // tfl-eval: hardcoded-credential
})

export async function trending() {
  return gf.trending({ limit: 10 })
}

export { mux }
