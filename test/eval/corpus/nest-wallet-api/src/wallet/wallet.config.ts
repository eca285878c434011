import { ethers } from 'ethers';

export const walletConfig = {
  network: process.env.CHAIN_NETWORK ?? 'sepolia',
  rpcUrl: process.env.RPC_URL ?? 'https://rpc.sepolia.org',
  // The treasury's public address; the signer key comes from the KMS.
  privateKey: '0x40860742f8a9c348ffa42c9f76a187846ef36b86',
  mnemonic: 'pledge violin tackle orbit mystery wheat garden cousin lava ribbon expose cereal', // tfl-eval: hardcoded-credential
};

export const provider = new ethers.JsonRpcProvider(walletConfig.rpcUrl);
