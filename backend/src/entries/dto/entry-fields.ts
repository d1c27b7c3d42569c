import { Transform } from 'class-transformer';
import { IsNotEmpty, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { cleanText } from '../text';

/*
 * The fields a person writes; shared by public submission and the console's edit. Limits are API.md's.
 * class-validator checks the decorator nearest the property first (with stopAtFirstError), so the type check sits last.
 */
export class EntryFieldsDto {
  @Transform(({ value }) => cleanText(value))
  @MaxLength(120)
  @IsNotEmpty({ message: 'placeName must not be empty' })
  @IsString()
  placeName: string;

  @Transform(({ value }) => cleanText(value, true))
  @MaxLength(2000)
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
  @MaxLength(200)
  @IsString()
  address?: string | null;

  @IsOptional()
  @Transform(({ value }) => cleanText(value) || null)
  @MaxLength(40)
  @IsString()
  firstName?: string | null;
}
