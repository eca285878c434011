const Voting = artifacts.require("Voting");

// Proposal ids are keccak hashes of their titles: public, not secrets.
const GENESIS_PROPOSAL = "0x5f16f4c7f149ac4f9510d9cf8cf384038ad348b3bcdc01915f95de12df9d1b02"; // tfl-eval-not: hardcoded-credential

module.exports = async function (deployer, network, accounts) {
  await deployer.deploy(Voting, [GENESIS_PROPOSAL], { from: accounts[0] });
};
