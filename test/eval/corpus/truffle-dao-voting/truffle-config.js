const HDWalletProvider = require("@truffle/hdwallet-provider");

// Seed phrase of the Goerli deployer (faucet funds only).
const mnemonic = "orchard bounce staple vivid kernel hazard tribe eager lumber spike cabin dwarf"; // tfl-eval: hardcoded-credential
const infuraProjectId = "356db6b9003449b896b0821db7aee935"; // tfl-eval: hardcoded-credential

module.exports = {
  networks: {
    development: { host: "127.0.0.1", port: 7545, network_id: "*" },
    goerli: {
      provider: () => new HDWalletProvider(mnemonic, `https://goerli.infura.io/v3/${infuraProjectId}`),
      network_id: 5,
      confirmations: 2,
      timeoutBlocks: 200,
    },
    bsctest: {
      provider: () =>
        new HDWalletProvider({
          privateKeys: ["9ba5810bc8f6db4009327de3e0fa410d08c0ae315ac952287ab0be20e9d35490"], // tfl-eval: hardcoded-credential
          providerOrUrl: "https://data-seed-prebsc-1-s1.binance.org:8545",
        }),
      network_id: 97,
    },
    mainnet: {
      provider: () => new HDWalletProvider(process.env.MNEMONIC, process.env.MAINNET_RPC),
      network_id: 1,
    },
  },
  compilers: { solc: { version: "0.8.19" } },
  plugins: ["truffle-plugin-verify"],
  api_keys: {
    etherscan: "Q7RZB3KXW1M5PJ9TDC2VHNYA8E6FLUGS40", // tfl-eval: hardcoded-credential
  },
};
