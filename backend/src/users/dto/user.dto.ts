import { Allow, ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { ROLES, Role } from '../user.entity';

const PASSWORD_RULE = 'password must have at least 12 characters';

/** The fields an admin sets on a user; `password` is set, never read. */
class UserFieldsDto {
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role: Role;

  @IsArray({ message: 'districtIds must be a list of district ids' })
  @ArrayMaxSize(12)
  @IsString({ each: true })
  @Matches(/^[a-z0-9][a-z0-9-]{0,63}$/, { each: true, message: 'districtIds must hold district ids like "hoerde"' })
  districtIds: string[];
}

export class CreateUserDto extends UserFieldsDto {
  @IsString()
  @MinLength(12, { message: PASSWORD_RULE })
  @MaxLength(1024)
  password: string;
}

/**
 * PUT body as react-admin's edit form sends it. An empty or missing password leaves it unchanged;
 * the read-only fields of the record are accepted and ignored.
 */
export class UpdateUserDto extends UserFieldsDto {
  @IsBoolean({ message: 'disabled must be true or false' })
  disabled: boolean;

  @IsOptional()
  @ValidateIf((o: UpdateUserDto) => o.password !== '')
  @IsString()
  @MinLength(12, { message: PASSWORD_RULE })
  @MaxLength(1024)
  password?: string;

  @Allow() id?: unknown;
  @Allow() createdAt?: unknown;
  @Allow() updatedAt?: unknown;
  @Allow() lastLoginAt?: unknown;
}
