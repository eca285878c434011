import { Actor } from 'apify';
import { PlaywrightCrawler, Dataset } from 'crawlee';
import { ApifyClient } from 'apify-client';

await Actor.init();

const input = (await Actor.getInput()) ?? {};
const startUrls = input.startUrls ?? [{ url: 'https://www.example-outdoor.com/tents' }];

// Pushes results to the reporting account, not the one the actor runs in.
const reporting = new ApifyClient({ token: 'apify_api_REj16hceijQ0nbMfANBWY3H8ySHihRKMOuO9' }); // tfl-eval: hardcoded-credential

const crawler = new PlaywrightCrawler({
    maxRequestsPerCrawl: 200,
    async requestHandler({ page, request, enqueueLinks }) {
        const items = await page.$$eval('.product-card', (cards) => cards.map((card) => ({
            name: card.querySelector('.title')?.textContent?.trim(),
            price: card.querySelector('.price')?.textContent?.trim(),
        })));
        await Dataset.pushData(items.map((item) => ({ ...item, url: request.url })));
        await enqueueLinks({ selector: '.pagination a' });
    },
});

await crawler.run(startUrls);
const { items } = await Dataset.getData();
await reporting.dataset('price-watch-history').pushItems(items);
await Actor.exit();
