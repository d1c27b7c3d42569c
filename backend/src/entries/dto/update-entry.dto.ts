import { Allow, IsInt, Min } from 'class-validator';
import { EntryFieldsDto } from './entry-fields';

/**
 * PUT body as react-admin's edit form sends it: the whole record. Editable fields are validated,
 * the record's read-only fields are accepted and ignored, anything else is refused by the whitelist.
 */
export class UpdateEntryDto extends EntryFieldsDto {
  @IsInt({ message: 'version must be the whole-number version of the record you edited' })
  @Min(1)
  version: number;

  @Allow() id?: unknown;
  @Allow() status?: unknown;
  @Allow() districtId?: unknown;
  @Allow() flags?: unknown;
  @Allow() themes?: unknown;
  @Allow() placeId?: unknown;
  @Allow() channel?: unknown;
  @Allow() submittedAt?: unknown;
  @Allow() updatedAt?: unknown;
  @Allow() claimedBy?: unknown;
  @Allow() claimedUntil?: unknown;
}
