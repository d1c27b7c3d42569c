import { Allow, ArrayMaxSize, IsArray, IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class UpdateThemeDto {
  @IsString()
  @MinLength(1, { message: 'label must not be empty' })
  @MaxLength(60)
  label: string;

  @IsArray({ message: 'keywords must be a list of words' })
  @ArrayMaxSize(300)
  @IsString({ each: true })
  @MinLength(2, { each: true, message: 'each keyword needs at least 2 characters' })
  @MaxLength(60, { each: true })
  keywords: string[];

  @Allow() id?: unknown;
  @Allow() position?: unknown;
}

export class CreateThemeDto extends UpdateThemeDto {
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: 'id must be a key like "spielplatz" (lower-case letters, digits, -)' })
  declare id: string;
}
