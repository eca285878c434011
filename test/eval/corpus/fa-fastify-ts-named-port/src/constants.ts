export const PORT = 8088;
export const HOST = '0.0.0.0';
export const LEDGER_PAGE_SIZE = 50;
