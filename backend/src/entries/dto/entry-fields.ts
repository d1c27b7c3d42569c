import { Transform } from 'class-transformer';
import { IsNotEmpty, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { cleanText } from '../text';

/** What a person may write, in characters (API.md): the DTOs below and the import's row check (imports/import-rows.ts). */
export const FIELD_LIMITS = { placeName: 120, story: 2000, address: 200, firstName: 40, email: 254 } as const;

/*
 * The fields a person writes; shared by public submission and the console's edit. Limits are API.md's.
 * class-validator checks the decorator nearest the property first (with stopAtFirstError), so the type check sits last.
 */
export class EntryFieldsDto {
  @Transform(({ value }) => cleanText(value))
  @MaxLength(FIELD_LIMITS.placeName)
  @IsNotEmpty({ message: 'placeName must not be empty' })
  @IsString()
  placeName: string;

  @Transform(({ value }) => cleanText(value, true))
  @MaxLength(FIELD_LIMITS.story)
  @IsNotEmpty({ message: 'story must not be empty' })
  @IsString()
  story: string;

  @Max(180)
  @Min(-180)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  lon: number;

  @Max(90)
  @Min(-90)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  lat: number;

  @IsOptional()
  @Transform(({ value }) => cleanText(value) || null)
  @MaxLength(FIELD_LIMITS.address)
  @IsString()
  address?: string | null;

  @IsOptional()
  @Transform(({ value }) => cleanText(value) || null)
  @MaxLength(FIELD_LIMITS.firstName)
  @IsString()
  firstName?: string | null;
}
