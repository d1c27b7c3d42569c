import { DataSource, DataSourceOptions } from 'typeorm';
import { InitialSchema1763700000000 } from '../../../migrations/1763700000000-InitialSchema';
import { Moderation1763800000000 } from '../../../migrations/1763800000000-Moderation';
import { Security1763900000000 } from '../../../migrations/1763900000000-Security';
import { Analytics1764000000000 } from '../../../migrations/1764000000000-Analytics';
import { Import1764100000000 } from '../../../migrations/1764100000000-Import';
import { ReadIndexes1764200000000 } from '../../../migrations/1764200000000-ReadIndexes';
import { District } from '../districts/district.entity';
import { Entry } from '../entries/entry.entity';
import { SubmitterContact } from '../entries/submitter-contact.entity';
import { User } from '../users/user.entity';

export const ENTITIES = [District, Entry, SubmitterContact, User];
export const MIGRATIONS = [InitialSchema1763700000000, Moderation1763800000000, Security1763900000000, Analytics1764000000000, Import1764100000000, ReadIndexes1764200000000];

/** One definition for the app and the migration CLI; schema changes only through migrations. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    synchronize: false,
    // No query logging: failed queries would be logged with their parameters (story text, email addresses).
    // Errors still reach the exception filter, which logs the stack without the request body.
    logging: false,
    extra: { max: 10, application_name: 'herzensorte' },
  };
}

export function createDataSource(url: string): DataSource {
  return new DataSource(dataSourceOptions(url));
}
