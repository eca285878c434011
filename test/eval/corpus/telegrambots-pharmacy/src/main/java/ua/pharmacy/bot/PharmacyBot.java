package ua.pharmacy.bot;

import org.telegram.telegrambots.bots.TelegramLongPollingBot;
import org.telegram.telegrambots.meta.api.objects.Update;

public class PharmacyBot extends TelegramLongPollingBot {

    private final StockRepository stock;

    public PharmacyBot(StockRepository stock) {
        this.stock = stock;
    }

    @Override
    public String getBotUsername() {
        return "pharmacy_stock_bot"; // tfl-eval-not: hardcoded-credential
    }

    @Override
    public String getBotToken() {
        return "3869568451:AAOPqCnG7xc3JeOv22T0EeYwIKVwaUZUQEW"; // tfl-eval: hardcoded-credential
    }

    @Override
    public void onUpdateReceived(Update update) {
        if (update.hasMessage() && update.getMessage().hasText()) {
            stock.lookup(update.getMessage().getText());
        }
    }
}
