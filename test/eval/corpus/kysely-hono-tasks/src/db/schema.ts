export interface Database {
  tasks: { id: string; title: string; done: boolean; owner_id: string };
}
