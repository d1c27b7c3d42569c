import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { clientAddress } from '../security/client-address';
import { CreateUserDto, UpdateUserDto } from './dto/user.dto';
import type { PublicUser } from './user.entity';
import { UsersService } from './users.service';

/** Accounts, for admins only. Users are disabled, never deleted (the audit trail names them). */
@ApiTags('users')
@ApiBearerAuth()
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  async list(@Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    const { rows, contentRange } = await this.users.list(query);
    res.setHeader('Content-Range', contentRange);
    return rows;
  }

  @Get(':id')
  getOne(@Param('id') id: string) {
    return this.users.getOne(id);
  }

  @Post()
  @HttpCode(201)
  create(@Body() dto: CreateUserDto, @CurrentUser() actor: PublicUser, @Req() req: Request) {
    return this.users.create(dto, actor, clientAddress(req));
  }

  @Put(':id')
  update(@Param('id') id: string, @Body() dto: UpdateUserDto, @CurrentUser() actor: PublicUser, @Req() req: Request) {
    return this.users.update(id, dto, actor, clientAddress(req));
  }
}
