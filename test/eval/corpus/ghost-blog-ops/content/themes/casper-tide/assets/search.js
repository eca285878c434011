// Sodo search: the Content API key is read-only and public by design (Ghost ships it in every page).
const contentApi = {
    url: 'https://journal.northshore-rowing.club',
    key: '4a25ad43afeff2f8afd4f3d5b9', // tfl-eval-not: hardcoded-credential
    version: 'v5.0'
};

window.addEventListener('DOMContentLoaded', () => {
    const input = document.querySelector('#site-search');
    if (!input) return;
    input.addEventListener('input', async () => {
        const q = encodeURIComponent(input.value);
        const res = await fetch(`${contentApi.url}/ghost/api/content/posts/?key=${contentApi.key}&filter=title:~'${q}'&fields=title,url`);
        const { posts } = await res.json();
        document.querySelector('#search-results').innerHTML = posts.map((p) => `<a href="${p.url}">${p.title}</a>`).join('');
    });
});
