import { Transform } from 'class-transformer';
import { IsEmail, IsOptional, IsString, MaxLength, ValidateBy } from 'class-validator';
import { cleanText } from '../text';
import { EntryFieldsDto, FIELD_LIMITS } from './entry-fields';

/** An email is stored only with explicit consent to the prize draw; without email, consent is an optional boolean. */
const ConsentForEmail = () =>
  ValidateBy({
    name: 'consentForEmail',
    validator: {
      validate: (value, args) =>
        (args?.object as CreatePublicEntryDto).email ? value === true : value === undefined || value === null || typeof value === 'boolean',
      defaultMessage: () => 'consent must be true to give an email address for the prize draw',
    },
  });

export class CreatePublicEntryDto extends EntryFieldsDto {
  @IsOptional()
  @Transform(({ value }) => cleanText(value) || null)
  @MaxLength(FIELD_LIMITS.email)
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string | null;

  @ConsentForEmail()
  consent?: boolean;

  /** Honeypot: people leave it empty, bots fill it. */
  @IsOptional()
  @MaxLength(2000)
  @IsString()
  website?: string;

  /** The solved proof-of-work challenge; only looked at when SUBMISSION_CHALLENGE is on. */
  @IsOptional()
  @MaxLength(2000)
  @IsString()
  altcha?: string;
}
