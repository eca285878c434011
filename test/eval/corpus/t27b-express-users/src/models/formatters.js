const formatters = {}; // tfl-eval-not: memory-session-store

export class Formatters {
  static register(name, fn) {
    formatters[name] = fn;
  }

  static all() {
    return Object.keys(formatters);
  }
}
