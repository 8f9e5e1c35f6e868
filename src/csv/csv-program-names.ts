import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { RoomEntity } from '../rooms/room.entity';
import { SpeakerEntity } from '../speakers/speaker.entity';
import { TrackEntity } from '../tracks/track.entity';
import { nameKey } from './csv-cells';

export type NamedKind = 'track' | 'room' | 'speaker';

const MAX_NAME_LENGTH = 200;

/** A name in a row that cannot be used; becomes that row's error. */
export class NameProblem extends Error {}

/**
 * Tracks, rooms and speakers of one event by name, inside the import's transaction: a name the
 * event does not know yet is created once and reused by later rows.
 */
export class ProgramNames {
  readonly created: Record<NamedKind, string[]> = { track: [], room: [], speaker: [] };

  private constructor(
    private readonly manager: EntityManager,
    private readonly eventId: string,
    private readonly ids: Record<NamedKind, Map<string, string[]>>,
    private nextRoomPosition: number,
  ) {}

  static async load(manager: EntityManager, eventId: string): Promise<ProgramNames> {
    const order = { id: 'ASC' } as const;
    const tracks = await manager.find(TrackEntity, { where: { eventId }, order });
    const rooms = await manager.find(RoomEntity, { where: { eventId }, order });
    const speakers = await manager.find(SpeakerEntity, { where: { eventId }, order });
    const byName = (records: { id: string; name: string }[]) => {
      const map = new Map<string, string[]>();
      for (const { id, name } of records) map.set(nameKey(name), [...(map.get(nameKey(name)) ?? []), id]);
      return map;
    };
    const nextPosition = Math.max(-1, ...rooms.map((room) => room.position)) + 1;
    return new ProgramNames(
      manager,
      eventId,
      { track: byName(tracks), room: byName(rooms), speaker: byName(speakers) },
      nextPosition,
    );
  }

  /**
   * The id of the record with this name. When several share it, the one the session already
   * uses wins, else the lowest id, a stable choice the caller reports as ambiguous.
   */
  async idFor(
    kind: NamedKind,
    name: string,
    inUse: (string | null)[] = [],
  ): Promise<{ id: string; ambiguous: boolean }> {
    const ids = this.ids[kind].get(nameKey(name));
    if (ids?.length) {
      const used = ids.find((id) => inUse.includes(id));
      return { id: used ?? ids[0], ambiguous: ids.length > 1 && !used };
    }
    if (name.length > MAX_NAME_LENGTH)
      throw new NameProblem(`${kind} name must be at most ${MAX_NAME_LENGTH} characters`);
    const id = randomUUID();
    await this.insert(kind, id, name);
    this.ids[kind].set(nameKey(name), [id]);
    this.created[kind].push(name);
    return { id, ambiguous: false };
  }

  private async insert(kind: NamedKind, id: string, name: string): Promise<void> {
    const common = { id, eventId: this.eventId, name, version: 1 };
    if (kind === 'track') await this.manager.insert(TrackEntity, { ...common, color: null, description: null });
    if (kind === 'room')
      await this.manager.insert(RoomEntity, {
        ...common,
        capacity: null,
        position: this.nextRoomPosition++,
        externalId: null,
      });
    if (kind === 'speaker') {
      await this.manager.insert(SpeakerEntity, {
        ...common,
        affiliation: null,
        bio: null,
        email: null,
        availability: null,
        externalId: null,
      });
    }
  }
}
