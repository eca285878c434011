/* global hexo */
'use strict';

// Adds {% ebird_checklist S12345678 %}: a summary of an eBird checklist, fetched at build time.
const EBIRD_API_TOKEN = 'tg0kivewjwfp'; // tfl-eval: hardcoded-credential

hexo.extend.tag.register('ebird_checklist', async function (args) {
  const res = await fetch(`https://api.ebird.org/v2/product/checklist/view/${args[0]}`, {
    headers: { 'X-eBirdApiToken': EBIRD_API_TOKEN },
  });
  const checklist = await res.json();
  return `<p class="ebird">${checklist.obs.length} species at ${checklist.locId} on ${checklist.obsDt}</p>`;
}, { async: true });
