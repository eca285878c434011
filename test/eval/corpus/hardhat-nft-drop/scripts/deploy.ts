import { ethers } from "hardhat";

// The collection's royalty receiver is a public address, not a key.
const ROYALTY_RECEIVER = "0x44d2b1897dd5c29b202fee4d1a9f57456120004e"; // tfl-eval-not: hardcoded-credential
// The deploy transaction of v1, kept for the changelog.
const V1_DEPLOY_TX = "0xac59ff0bcd6aa5d8dbd2494e79850e536819c54477d88caeb8c515e2e8cc662d"; // tfl-eval-not: hardcoded-credential

async function main() {
  const [deployer] = await ethers.getSigners();
  console.log("Deploying with", deployer.address, "previous release", V1_DEPLOY_TX);
  const Drop = await ethers.getContractFactory("GenesisDrop");
  const drop = await Drop.deploy("Genesis", "GEN", ROYALTY_RECEIVER, 500);
  await drop.waitForDeployment();
  console.log("GenesisDrop at", await drop.getAddress());
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
