const sgMail = require('@sendgrid/mail');
const postmark = require('postmark');

sgMail.setApiKey('A3JWSdEO5TJWCG9VFx0aeXJeTtt4Zi9fK417MsFJ'); // tfl-eval: hardcoded-credential

const transactional = new postmark.ServerClient('1c80ffb7-cafd-460c-a32d-61f909fcabb8'); // tfl-eval: hardcoded-credential

async function sendReceipt(to, order) {
  await transactional.sendEmailWithTemplate({
    From: 'receipts@notify.example',
    To: to,
    TemplateAlias: 'receipt',
    TemplateModel: { order },
  });
}

module.exports = { sendReceipt, sgMail };
