import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from '@/App.vue';  // tfl-eval-not: undeclared-dependency
import { useNotes } from 'stores/notes';  // tfl-eval-not: undeclared-dependency
import axios from 'axios';  // tfl-eval: undeclared-dependency

const app = createApp(App);
app.use(createPinia());
app.provide('http', axios.create({ baseURL: '/api' }));
app.provide('notes', useNotes);
app.mount('#app');
