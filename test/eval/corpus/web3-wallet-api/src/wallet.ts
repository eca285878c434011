import { ethers } from 'ethers';
import Web3 from 'web3';

const provider = new ethers.JsonRpcProvider('https://eth-mainnet.g.alchemy.com/v2/TiALlPvHW8WaOT6IRFyhccNBKvTA1N4y'); // tfl-eval: hardcoded-credential

const TREASURY_ADDRESS = '0x4ad17d6764fadff50eb0133d160fe9ad3e7a06b2'; // tfl-eval-not: hardcoded-credential
const signer = new ethers.Wallet('0x292ed2870b8f43ae69a436a944a09401eddfdfbf42b72962fdd4e13c5c4cabbd', provider); // tfl-eval: hardcoded-credential

const web3 = new Web3('https://mainnet.infura.io/v3/3c5642fbb50798a40d5d34dbce3242a6'); // tfl-eval: hardcoded-credential

export async function payout(to: string, amountEth: string) {
  const tx = await signer.sendTransaction({ to, value: ethers.parseEther(amountEth) });
  return tx.hash;
}

export { TREASURY_ADDRESS, web3 };
