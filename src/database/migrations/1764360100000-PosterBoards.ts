import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** A poster's board number (Indico `board_number`, or its programme code), kept on its presentation. */
export class PosterBoards1764360100000 implements MigrationInterface {
  name = 'PosterBoards1764360100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'presentations',
      new TableColumn({ name: 'board_number', type: 'varchar', length: '20', isNullable: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('presentations', 'board_number');
  }
}
