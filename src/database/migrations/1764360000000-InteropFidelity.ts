import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * What real frab/pretalx/FOSDEM programs carry beyond our own model, kept so a round trip loses
 * nothing: the source's session type, slug, feedback URL, logo, attachments and recording opt-out;
 * a speaker's avatar; the conference's day boundary, timeslot length and city.
 */
export class InteropFidelity1764360000000 implements MigrationInterface {
  name = 'InteropFidelity1764360000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('sessions', [
      new TableColumn({ name: 'source_type', type: 'varchar', length: '100', isNullable: true }),
      new TableColumn({ name: 'slug', type: 'varchar', length: '200', isNullable: true }),
      new TableColumn({ name: 'feedback_url', type: 'varchar', length: '500', isNullable: true }),
      new TableColumn({ name: 'logo', type: 'varchar', length: '500', isNullable: true }),
      new TableColumn({ name: 'attachments', type: 'text', isNullable: true }),
      new TableColumn({ name: 'do_not_record', type: 'boolean', isNullable: true }),
    ]);
    await queryRunner.addColumns('speakers', [
      new TableColumn({ name: 'avatar_url', type: 'varchar', length: '500', isNullable: true }),
    ]);
    await queryRunner.addColumns('events', [
      new TableColumn({ name: 'city', type: 'varchar', length: '200', isNullable: true }),
      new TableColumn({ name: 'day_change', type: 'varchar', length: '5', isNullable: true }),
      new TableColumn({ name: 'timeslot_minutes', type: 'integer', isNullable: true }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['timeslot_minutes', 'day_change', 'city']) await queryRunner.dropColumn('events', column);
    await queryRunner.dropColumn('speakers', 'avatar_url');
    for (const column of ['do_not_record', 'attachments', 'logo', 'feedback_url', 'slug', 'source_type'])
      await queryRunner.dropColumn('sessions', column);
  }
}
