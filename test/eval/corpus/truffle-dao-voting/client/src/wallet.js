import Web3 from "web3";

// The dapp reads the user's wallet; it holds no key of its own.
export async function connect() {
  if (!window.ethereum) throw new Error("Install a wallet to vote");
  await window.ethereum.request({ method: "eth_requestAccounts" });
  return new Web3(window.ethereum);
}

export const strings = {
  seedPhraseWarning: "Never share your seed phrase or private key with anyone", // tfl-eval-not: hardcoded-credential
  privateKeyLabel: "Private key",
};
