import { HardhatUserConfig } from "hardhat/config";
import "@nomicfoundation/hardhat-toolbox";
import "dotenv/config";

// Deployer key for the Sepolia drop; mainnet reads it from the environment.
const DEPLOYER_KEY = "0x0ff39e3e8a9b7ae3af5d267d67cf9ea249f00b72bf8d6ed76064ae95146e5797"; // tfl-eval: hardcoded-credential

const config: HardhatUserConfig = {
  solidity: { version: "0.8.24", settings: { optimizer: { enabled: true, runs: 200 } } },
  defaultNetwork: "hardhat",
  networks: {
    hardhat: { chainId: 31337 },
    sepolia: {
      url: "https://eth-sepolia.g.alchemy.com/v2/ZafrSxlUwcw3AYFUOlPvch87B69UqRR1", // tfl-eval: hardcoded-credential
      accounts: [DEPLOYER_KEY],
    },
    polygonAmoy: {
      url: "https://rpc-amoy.polygon.technology",
      accounts: ["228f36248028c3770fc574d6d42d1d9be2a0acc1fdddfb701739f4c8f8741e24"], // tfl-eval: hardcoded-credential
    },
    mainnet: {
      url: process.env.MAINNET_RPC_URL ?? "",
      accounts: process.env.MAINNET_DEPLOYER_KEY ? [process.env.MAINNET_DEPLOYER_KEY] : [],
    },
  },
  etherscan: {
    apiKey: {
      sepolia: "MVFUPHNO0GS7EN0YRHDMAZAPBQT734O1GI", // tfl-eval: hardcoded-credential
      mainnet: process.env.ETHERSCAN_API_KEY || "",
    },
  },
  gasReporter: { enabled: process.env.REPORT_GAS !== undefined, currency: "USD" },
};

export default config;
