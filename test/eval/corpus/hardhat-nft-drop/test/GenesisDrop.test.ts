import { expect } from "chai";
import { ethers } from "hardhat";

// Hardhat's first default account: a well-known test key, never funded on a real chain.
const HARDHAT_ACCOUNT_0 = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

describe("GenesisDrop", () => {
  it("mints to the caller", async () => {
    const signer = new ethers.Wallet(HARDHAT_ACCOUNT_0, ethers.provider);
    const Drop = await ethers.getContractFactory("GenesisDrop", signer);
    const drop = await Drop.deploy("Genesis", "GEN", signer.address, 500);
    await drop.mintTo(signer.address, 1);
    expect(await drop.balanceOf(signer.address)).to.equal(1n);
  });
});
