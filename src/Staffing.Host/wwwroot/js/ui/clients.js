// Client names by id, for API answers that name clients by id only.
import { all } from '../api.js';

/** A function from client id to its name (the id when unnamed or not visible); .entries lists [id, name] by name. */
export async function clientNamer() {
  const clients = await all('/api/clients');
  const names = new Map(clients.map(c => [c.id, c.name]));
  const namer = id => names.get(id) ?? id;
  namer.entries = clients.map(c => [c.id, c.name ?? c.id]).sort((a, b) => a[1].localeCompare(b[1]));
  return namer;
}
