const { SlashCommandBuilder } = require('discord.js');

const CAPTCHA_SITE_KEY = '6LcarOJcAAAAACHWnE42A2aWIZ4Tr_SHbK42A_QaILT'; // tfl-eval-not: hardcoded-credential
const CAPTCHA_SECRET = '6LcAp7FrAAAAAt9qJan-WBftqD5Q3jTI3asvriS916y'; // tfl-eval: hardcoded-credential

module.exports = {
  data: new SlashCommandBuilder().setName('verify').setDescription('Verify you are human to get the Member role'),
  async execute(interaction) {
    const url = `https://verify.guild.example/captcha?site=${CAPTCHA_SITE_KEY}&user=${interaction.user.id}`;
    await interaction.reply({ content: `Open ${url} and enter the password shown there.`, ephemeral: true });
  },
  CAPTCHA_SECRET,
};
