import { createHash } from 'node:crypto';
import { ObjectId } from 'mongodb';

/**
 * The _id of the notification one alert config sends for one event (an entity change, a chat
 * message): the event's time (seconds, as every ObjectId starts) and 8 bytes of a hash of config
 * and event. Deterministic, so evaluating the same event again (a retried relay batch, a second
 * relay after a failover, two instances at once) writes nothing twice: the unique _id refuses
 * the copy. 64 bits of hash per second of events make a collision as good as impossible.
 */
export function alertNotificationId(configId: ObjectId, eventKey: string, at: Date): ObjectId {
  const bytes = Buffer.alloc(12);
  bytes.writeUInt32BE(Math.floor(at.getTime() / 1000), 0);
  createHash('sha256').update(`${configId.toHexString()}|${eventKey}`).digest().copy(bytes, 4, 0, 8);
  return new ObjectId(bytes);
}
