import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IsEmail, MaxLength } from 'class-validator';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { FIELD_LIMITS } from '../entries/dto/entry-fields';
import type { PublicUser } from '../users/user.entity';
import { PrivacyService } from './privacy.service';

export class EmailRequestDto {
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(FIELD_LIMITS.email)
  email: string;
}

/** Data subject requests, for admins. POST, so that the address never sits in a URL or an access log. */
@ApiTags('privacy')
@ApiBearerAuth()
@Roles('admin')
@Controller('privacy')
export class PrivacyController {
  constructor(private readonly privacy: PrivacyService) {}

  @Post('erasure')
  @HttpCode(200)
  @ApiOperation({ summary: 'Erasure request: deletes the contact rows of the address and the first names of its entries.' })
  erase(@Body() dto: EmailRequestDto, @CurrentUser() actor: PublicUser) {
    return this.privacy.erase(dto.email, actor);
  }

  @Post('access')
  @HttpCode(200)
  @ApiOperation({ summary: 'Access request: everything stored about the address, as JSON.' })
  access(@Body() dto: EmailRequestDto, @CurrentUser() actor: PublicUser) {
    return this.privacy.access(dto.email, actor);
  }
}
