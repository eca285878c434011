export class User {
  static users = new Map(); // tfl-eval: memory-session-store

  constructor(email, name) {
    this.email = email;
    this.name = name;
  }

  save() {
    User.users.set(this.email, this);
  }

  static findAll() {
    return [...User.users.values()];
  }
}
