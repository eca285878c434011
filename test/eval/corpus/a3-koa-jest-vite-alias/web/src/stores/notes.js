import { defineStore } from 'pinia';

export const useNotes = defineStore('notes', { state: () => ({ items: [] }) });
