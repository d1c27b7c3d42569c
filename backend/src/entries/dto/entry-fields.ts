import { Transform } from 'class-transformer';
import { IsNotEmpty, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { cleanText } from '../text';

/** The fields a person writes; shared by public submission and the console's edit. Limits are API.md's. */
export class EntryFieldsDto {
  @Transform(({ value }) => cleanText(value))
  @IsString()
  @IsNotEmpty({ message: 'placeName must not be empty' })
  @MaxLength(120)
  placeName: string;

  @Transform(({ value }) => cleanText(value, true))
  @IsString()
  @IsNotEmpty({ message: 'story must not be empty' })
  @MaxLength(2000)
  story: string;

  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  lon: number;

  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  lat: number;

  @IsOptional()
  @Transform(({ value }) => cleanText(value) || null)
  @IsString()
  @MaxLength(200)
  address?: string | null;

  @IsOptional()
  @Transform(({ value }) => cleanText(value) || null)
  @IsString()
  @MaxLength(40)
  firstName?: string | null;
}
