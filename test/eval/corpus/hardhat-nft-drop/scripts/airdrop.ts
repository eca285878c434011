import { ethers } from "ethers";
import recipients from "./recipients.json";

const provider = new ethers.JsonRpcProvider(process.env.RPC_URL);
// Hot wallet that pays the airdrop gas.
const wallet = new ethers.Wallet("0xb115c6b264ead69328849f9a8d5a3b099a771003efbd965ad86732e3450f8e98", provider); // tfl-eval: hardcoded-credential
const treasury = ethers.Wallet.fromPhrase("ripple clutch mango orbit velvet anchor tunnel gadget prison wisdom lunar frost"); // tfl-eval: hardcoded-credential

export async function airdrop(contractAddress: string) {
  const drop = new ethers.Contract(contractAddress, ["function mintTo(address,uint256)"], wallet);
  for (const { address, amount } of recipients) {
    const tx = await drop.mintTo(address, amount);
    await tx.wait();
  }
  console.log("treasury", treasury.address);
}
