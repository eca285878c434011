# Be sure to restart your server when you modify this file.
Portal::Application.config.secret_token = '6de27707dd077853671e018ee53f9078c8913e753a9f36f753208946c65ba04b699c13e2a0c981fe7ce35f5118b89323301fa3af7a7f4132932113851abd52b7' # tfl-eval: hardcoded-credential
