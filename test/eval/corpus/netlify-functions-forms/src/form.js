// hCaptcha's site key is public: it renders the widget in every visitor's browser.
export const HCAPTCHA_SITE_KEY = "8f2c9a41-d8e3-4b7c-9e05-a1f3d72b8c64"; // tfl-eval-not: hardcoded-credential

export function mountForm(el) {
  el.querySelector(".h-captcha").dataset.sitekey = HCAPTCHA_SITE_KEY;
  el.querySelector("input[name=password]")?.setAttribute("autocomplete", "new-password"); // tfl-eval-not: hardcoded-credential
}
